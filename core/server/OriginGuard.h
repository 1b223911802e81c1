#pragma once

#include "engine/EngineRequest.h"

#include <QHostAddress>

#include <optional>

namespace gatehouse {

// Refuses what a web page can make a browser send to a local server: DNS
// rebinding (a Host that is not this server: 421) and cross-site calls (an
// Origin that is not this server's own, on anything that can change data:
// 403). Without --allow-remote the Host must be `localhost` or the bound
// loopback address, with the bound port if it names one; with it any Host
// goes, and an Origin must still be `http://` and the request's own Host.
class OriginGuard
{
public:
    struct Refusal
    {
        int status = 0;
        QString message; // ours: the client's Host or Origin is never echoed
    };

    OriginGuard() = default; // checks the Origin against the Host only
    OriginGuard(const QHostAddress &bound, quint16 port);

    std::optional<Refusal> check(const EngineRequest &request) const;

    static bool changesData(const EngineRequest &request);

private:
    bool isOwnHost(const QByteArray &host) const;

    bool m_checkHost = false;
    QString m_boundAddress; // "127.0.0.1", "::1"
    quint16 m_port = 0;
};

} // namespace gatehouse
