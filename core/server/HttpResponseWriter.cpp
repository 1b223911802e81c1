#include "HttpResponseWriter.h"

#include "engine/BubbleResponses.h"

#include <QHash>

using namespace Qt::Literals::StringLiterals;

namespace gatehouse {

namespace {
// Framing is the transport's: whatever the engine put here is replaced.
bool isFramingHeader(const QByteArray &name)
{
    static const QByteArrayList framing = {"content-length", "transfer-encoding", "connection",
                                           "date", "keep-alive"};
    return framing.contains(name.toLower());
}

// A name or value with CR, LF or NUL would let one header become two.
bool isSafeHeader(const QByteArray &name, const QByteArray &value)
{
    const auto unsafe = [](char c) { return c == '\r' || c == '\n' || c == '\0'; };
    return !name.isEmpty() && std::none_of(name.begin(), name.end(), unsafe) &&
           std::none_of(value.begin(), value.end(), unsafe) && !name.contains(':') &&
           !name.contains(' ');
}

void appendHeader(QByteArray &out, const QByteArray &name, const QByteArray &value)
{
    out += name + ": " + value + "\r\n";
}
} // namespace

QByteArray HttpResponseWriter::serialize(const EngineResponse &response, bool keepAlive,
                                         const QDateTime &now)
{
    QByteArray out = serializeHead(response, keepAlive, now);
    if (bodyAllowed(response.status))
        out += response.body;
    return out;
}

QByteArray HttpResponseWriter::serializeHead(const EngineResponse &response, bool keepAlive,
                                             const QDateTime &now)
{
    QByteArray out = "HTTP/1.1 " + QByteArray::number(response.status) + ' ' +
                     reasonPhrase(response.status) + "\r\n";
    bool hasServer = false;
    for (const auto &[name, value] : response.headers) {
        if (isFramingHeader(name) || !isSafeHeader(name, value))
            continue;
        hasServer = hasServer || name.compare("server", Qt::CaseInsensitive) == 0;
        appendHeader(out, name, value);
    }
    if (!hasServer)
        appendHeader(out, "Server", "Gatehouse");
    appendHeader(out, "Date", httpDate(now));
    appendHeader(out, "Connection", keepAlive ? "keep-alive" : "close");
    const bool withBody = bodyAllowed(response.status);
    // RFC 9110 §8.6: no Content-Length in a 1xx or 204; 304 carries no body.
    if (withBody)
        appendHeader(out, "Content-Length", QByteArray::number(response.body.size()));
    out += "\r\n";
    return out;
}

EngineResponse HttpResponseWriter::error(int status, const QString &message)
{
    return BubbleResponses::statusBody(status, u"ERROR"_s, message);
}

EngineResponse HttpResponseWriter::retryLater(int status, const QString &message,
                                              int retryAfterSeconds)
{
    EngineResponse response = BubbleResponses::plainMessage(status, message);
    response.headers.append({"Retry-After", QByteArray::number(retryAfterSeconds)});
    return response;
}

QByteArray HttpResponseWriter::continueInterim()
{
    return QByteArrayLiteral("HTTP/1.1 100 Continue\r\n\r\n");
}

QByteArray HttpResponseWriter::reasonPhrase(int status)
{
    static const QHash<int, QByteArray> phrases = {
        {100, "Continue"},
        {200, "OK"},
        {201, "Created"},
        {202, "Accepted"},
        {204, "No Content"},
        {301, "Moved Permanently"},
        {302, "Found"},
        {303, "See Other"},
        {304, "Not Modified"},
        {307, "Temporary Redirect"},
        {308, "Permanent Redirect"},
        {400, "Bad Request"},
        {401, "Unauthorized"},
        {403, "Forbidden"},
        {404, "Not Found"},
        {405, "Method Not Allowed"},
        {408, "Request Timeout"},
        {409, "Conflict"},
        {410, "Gone"},
        {411, "Length Required"},
        {413, "Content Too Large"},
        {414, "URI Too Long"},
        {415, "Unsupported Media Type"},
        {417, "Expectation Failed"},
        {422, "Unprocessable Content"},
        {429, "Too Many Requests"},
        {431, "Request Header Fields Too Large"},
        {500, "Internal Server Error"},
        {501, "Not Implemented"},
        {502, "Bad Gateway"},
        {503, "Service Unavailable"},
        {504, "Gateway Timeout"},
        {505, "HTTP Version Not Supported"},
    };
    return phrases.value(status, QByteArrayLiteral("Unknown"));
}

QByteArray HttpResponseWriter::httpDate(const QDateTime &time)
{
    // Fixed English names: the C locale, whatever the user's locale says.
    static const char *const days[] = {"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"};
    static const char *const months[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                         "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
    const QDateTime utc = time.toUTC();
    const QDate date = utc.date();
    const QTime clock = utc.time();
    return QByteArray(days[date.dayOfWeek() - 1]) + ", " +
           QByteArray::number(date.day()).rightJustified(2, '0') + ' ' + months[date.month() - 1] +
           ' ' + QByteArray::number(date.year()) + ' ' +
           QByteArray::number(clock.hour()).rightJustified(2, '0') + ':' +
           QByteArray::number(clock.minute()).rightJustified(2, '0') + ':' +
           QByteArray::number(clock.second()).rightJustified(2, '0') + " GMT";
}

bool HttpResponseWriter::bodyAllowed(int status)
{
    return status >= 200 && status != 204 && status != 304;
}

} // namespace gatehouse
