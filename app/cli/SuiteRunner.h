#pragma once

#include "SuiteOutcome.h"

#include <QList>
#include <QNetworkAccessManager>

namespace gatehouse::cli {

class SuiteServer;

// Sends saved requests over real HTTP to a SuiteServer, one after another,
// each with its principal's credential as a Bearer header, and judges each
// answer. No proxy: the server is on loopback.
class SuiteRunner
{
public:
    explicit SuiteRunner(const SuiteServer &server);

    SuiteOutcome run(const SavedRequest &request);

    static constexpr int timeoutMs = 30000;

private:
    QNetworkRequest networkRequest(const SavedRequest &request, const QString &secret) const;

    const SuiteServer &m_server;
    QNetworkAccessManager m_network;
};

} // namespace gatehouse::cli
