#include "RequestLogEntry.h"

#include "crypto/TokenSecret.h"

#include <QJsonDocument>
#include <QRegularExpression>

using namespace Qt::Literals::StringLiterals;

namespace gatehouse {

QString RequestLogEntry::maskSecrets(const QString &text)
{
    static const QRegularExpression secret(u"gh_(?:adm|usr)_[A-Za-z0-9_-]+"_s);
    QString masked = text;
    QRegularExpressionMatchIterator it = secret.globalMatch(text);
    qsizetype shift = 0;
    while (it.hasNext()) {
        const QRegularExpressionMatch match = it.next();
        if (match.capturedLength() <= TokenSecret::visiblePrefixLength)
            continue; // a prefix already, as a trace names a token
        const QString replacement = TokenSecret::prefixOf(match.captured()) + u"…"_s;
        masked.replace(match.capturedStart() + shift, match.capturedLength(), replacement);
        shift += replacement.size() - match.capturedLength();
    }
    return masked;
}

namespace {
bool isControl(char32_t c)
{
    return c < 0x20 || (c >= 0x7f && c <= 0x9f) || c == 0x2028 || c == 0x2029 ||
           (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069);
}

QString logged(const QString &text)
{
    return RequestLogEntry::escapeControls(RequestLogEntry::maskSecrets(text));
}

// Every string in the trace (reasons, subjects) as the log may show it.
QJsonValue loggedJson(const QJsonValue &value)
{
    if (value.isString())
        return logged(value.toString());
    if (value.isArray()) {
        QJsonArray out;
        for (const QJsonValue &item : value.toArray())
            out.append(loggedJson(item));
        return out;
    }
    if (value.isObject()) {
        QJsonObject out;
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it)
            out.insert(it.key(), loggedJson(it.value()));
        return out;
    }
    return value;
}
} // namespace

QString RequestLogEntry::escapeControls(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (const char32_t c : QStringView(text).toUcs4()) {
        if (!isControl(c))
            out += QString::fromUcs4(&c, 1);
        else if (c <= 0xff)
            out += u"\\x%1"_s.arg(uint(c), 2, 16, QChar(u'0'));
        else
            out += u"\\u{%1}"_s.arg(uint(c), 4, 16, QChar(u'0'));
    }
    return out;
}

RequestLogEntry RequestLogEntry::fromExchange(const HttpExchange &exchange)
{
    RequestLogEntry entry;
    entry.time = exchange.received.isValid() ? exchange.received : QDateTime::currentDateTimeUtc();
    entry.peer = logged(exchange.peer);
    entry.method = logged(QString::fromLatin1(exchange.method));
    entry.path = logged(exchange.path);
    entry.principal = logged(exchange.principal);
    entry.status = exchange.status;
    entry.durationMs = exchange.durationMs;
    entry.handled = exchange.handled;
    entry.error = logged(exchange.transportError);
    entry.trace = loggedJson(exchange.trace).toArray();
    return entry;
}

QJsonObject RequestLogEntry::toJson() const
{
    return {{u"time"_s, time.toUTC().toString(Qt::ISODateWithMs)},
            {u"peer"_s, peer},
            {u"method"_s, method},
            {u"path"_s, path},
            {u"principal"_s, principal},
            {u"status"_s, status},
            {u"duration_ms"_s, durationMs},
            {u"handled_by_engine"_s, handled},
            {u"error"_s, error},
            {u"trace"_s, trace}};
}

RequestLogEntry RequestLogEntry::fromJson(const QJsonObject &json)
{
    RequestLogEntry entry;
    entry.time = QDateTime::fromString(json.value(u"time"_s).toString(), Qt::ISODateWithMs);
    entry.peer = json.value(u"peer"_s).toString();
    entry.method = json.value(u"method"_s).toString();
    entry.path = json.value(u"path"_s).toString();
    entry.principal = json.value(u"principal"_s).toString();
    entry.status = json.value(u"status"_s).toInt();
    entry.durationMs = json.value(u"duration_ms"_s).toInteger();
    entry.handled = json.value(u"handled_by_engine"_s).toBool();
    entry.error = json.value(u"error"_s).toString();
    entry.trace = json.value(u"trace"_s).toArray();
    return entry;
}

QString RequestLogEntry::toLine() const
{
    // Escaped again: an entry may come from a log written before escaping.
    QString line = u"%1 %2 %3 %4 %5 ms"_s
                       .arg(time.toUTC().toString(Qt::ISODateWithMs),
                            method.isEmpty() ? u"-"_s : escapeControls(method),
                            path.isEmpty() ? u"-"_s : escapeControls(path))
                       .arg(status)
                       .arg(durationMs);
    if (!principal.isEmpty())
        line += u' ' + escapeControls(principal);
    if (!error.isEmpty())
        line += u" ("_s + escapeControls(error) + u')';
    return line;
}

} // namespace gatehouse
