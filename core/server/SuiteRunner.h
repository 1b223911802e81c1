#pragma once

#include "RequestLogEntry.h"
#include "SuiteOutcome.h"

#include <QList>
#include <QNetworkAccessManager>

#include <optional>

namespace gatehouse {

class SuiteServer;

// Sends saved requests over real HTTP to a SuiteServer, one after another,
// each with its principal's credential as a Bearer header, and judges each
// answer, with the deciding step of the trace the server logged for it. No
// proxy: the server is on loopback. Runs a local event loop: the CLI's
// thread, or a worker thread of the editor.
class SuiteRunner
{
public:
    explicit SuiteRunner(const SuiteServer &server);

    SuiteOutcome run(const SavedRequest &request);

    static constexpr int timeoutMs = 30000;
    // How long an answered request waits for its entry in the log.
    static constexpr int traceWaitMs = 2000;

private:
    QNetworkRequest networkRequest(const SavedRequest &request, const QString &secret) const;
    // "authorize: workflow `x` needs a user", from the entry the server
    // logged for `request`, waiting for it a moment if it is not in yet.
    QString decidingStep(const SavedRequest &request);

    const SuiteServer &m_server;
    QNetworkAccessManager m_network;
    QList<RequestLogEntry> m_logged;
};

} // namespace gatehouse
