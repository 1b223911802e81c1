#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

#include <atomic>
#include <utility>

namespace gatehouse {

using HeaderList = QList<std::pair<QByteArray, QByteArray>>;
using QueryList = QList<std::pair<QString, QString>>;

// One request as the engine sees it: what the HTTP layer (or the request
// panel) read off the wire, with nothing decided yet.
struct EngineRequest
{
    QByteArray method;  // "GET", "POST", ...
    QString path;       // decoded path without the query, e.g. "/api/1.1/wf/signup"
    QueryList query;    // decoded query items in order
    HeaderList headers; // as received; names compared without regard to case
    QByteArray body;
    // Set by the server while it stops: long work (a bulk) gives up and the
    // request is refused, instead of holding the stop for minutes.
    const std::atomic<bool> *serverStopping = nullptr;
    // "Simulate as": the name of a token in the token manager whose secret
    // nobody knows any more. Only a caller in the editor's own process sets
    // it (the HTTP adapter has no way to: nothing on the wire reads into
    // it); the engine builds the principal from the token's record, refuses
    // it as it would the token (revoked, expired), records no use of it, and
    // refuses a simulated request that also carries a credential.
    QString simulateAsToken;

    QByteArray header(const QByteArray &name) const;
    QString queryValue(const QString &key) const;
    bool hasQueryItem(const QString &key) const;
    // The media type of the body, lower case, without parameters.
    QByteArray contentType() const;
    bool isServerStopping() const { return serverStopping && serverStopping->load(); }

    // Builds a request from a target such as "/api/1.1/wf/x?a=1&b=%20".
    static EngineRequest make(const QByteArray &method, const QString &target,
                              const QByteArray &body = {}, const HeaderList &headers = {});
};

} // namespace gatehouse
