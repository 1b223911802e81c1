#include "OriginGuard.h"

#include "engine/Route.h"

using namespace Qt::Literals::StringLiterals;

namespace gatehouse {

namespace {
struct HostAndPort
{
    QByteArray name;
    std::optional<quint16> port; // nullopt: none given; 0: not a port
};

// "localhost:8080", "127.0.0.1", "[::1]:8080" (RFC 9110 §7.2).
HostAndPort split(const QByteArray &host)
{
    qsizetype portStart = -1;
    HostAndPort parts;
    if (host.startsWith('[')) {
        const qsizetype close = host.indexOf(']');
        if (close < 0)
            return {};
        parts.name = host.mid(1, close - 1);
        if (close + 1 < host.size())
            portStart = host.at(close + 1) == ':' ? close + 2 : -2;
    } else {
        const qsizetype colon = host.lastIndexOf(':');
        parts.name = colon < 0 ? host : host.left(colon);
        portStart = colon < 0 ? -1 : colon + 1;
    }
    if (portStart == -2)
        return {};
    if (portStart >= 0) {
        bool ok = false;
        const uint port = host.mid(portStart).toUInt(&ok);
        parts.port = ok && port <= 65535 ? quint16(port) : quint16(0);
    }
    return parts;
}
} // namespace

OriginGuard::OriginGuard(const QHostAddress &bound, quint16 port)
    : m_checkHost(true), m_boundAddress(bound.toString().toLower()), m_port(port)
{
}

bool OriginGuard::isOwnHost(const QByteArray &host) const
{
    const HostAndPort parts = split(host.trimmed().toLower());
    const QString name = QString::fromLatin1(parts.name);
    if (name != u"localhost"_s && name != m_boundAddress)
        return false;
    // No port is taken as this one: the name is what DNS rebinding changes.
    return !parts.port || *parts.port == m_port;
}

bool OriginGuard::changesData(const EngineRequest &request)
{
    const QByteArray &method = request.method;
    const bool safeMethod = method == "GET" || method == "HEAD" || method == "OPTIONS";
    // A workflow may be triggered by GET and still write.
    return !safeMethod || Route::parse(request.path).kind == Route::Kind::Workflow;
}

std::optional<OriginGuard::Refusal> OriginGuard::check(const EngineRequest &request) const
{
    const QByteArray host = request.header("Host").trimmed();
    if (m_checkHost && !isOwnHost(host))
        return Refusal{421, u"Misdirected request: the Host header does not name this server "
                            "(localhost or %1, port %2); start it with --allow-remote to be "
                            "reached by other names"_s.arg(m_boundAddress)
                                .arg(m_port)};
    if (!changesData(request))
        return std::nullopt;
    const QByteArray own = "http://" + host.toLower();
    for (const auto &[name, value] : request.headers) {
        if (name.compare("origin", Qt::CaseInsensitive) == 0 && value.trimmed().toLower() != own)
            return Refusal{403, u"Cross-site request refused: the Origin header is not this "
                                "server's own"_s};
    }
    return std::nullopt;
}

} // namespace gatehouse
