#pragma once

#include "engine/EngineResponse.h"

#include <QDateTime>

namespace gatehouse {

// Serialises responses: the engine's status, headers and body as given,
// with the framing headers the HTTP layer owns (Content-Length, Date,
// Connection, Server) set here and nowhere else.
class HttpResponseWriter
{
public:
    static QByteArray serialize(const EngineResponse &response, bool keepAlive,
                                const QDateTime &now = QDateTime::currentDateTimeUtc());
    // The answer to HEAD (RFC 9110 §9.3.2): the same header, Content-Length
    // included, and no body, so a keep-alive client's next response stays
    // where it expects it.
    static QByteArray serializeHead(const EngineResponse &response, bool keepAlive,
                                    const QDateTime &now = QDateTime::currentDateTimeUtc());

    // {"statusCode":N,"body":{"status":"ERROR","message":...}}; the message
    // is ours, never the client's input.
    static EngineResponse error(int status, const QString &message);
    // 429 and 503 as Bubble answers them: {"message":...} plus Retry-After.
    static EngineResponse retryLater(int status, const QString &message, int retryAfterSeconds);

    static QByteArray continueInterim(); // "HTTP/1.1 100 Continue"
    static QByteArray reasonPhrase(int status);
    static QByteArray httpDate(const QDateTime &time); // RFC 7231 IMF-fixdate
    static bool bodyAllowed(int status);
};

} // namespace gatehouse
