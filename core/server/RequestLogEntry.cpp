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

RequestLogEntry RequestLogEntry::fromExchange(const HttpExchange &exchange)
{
    RequestLogEntry entry;
    entry.time = exchange.received.isValid() ? exchange.received : QDateTime::currentDateTimeUtc();
    entry.peer = exchange.peer;
    entry.method = maskSecrets(QString::fromLatin1(exchange.method));
    entry.path = maskSecrets(exchange.path);
    entry.principal = maskSecrets(exchange.principal);
    entry.status = exchange.status;
    entry.durationMs = exchange.durationMs;
    entry.handled = exchange.handled;
    entry.error = maskSecrets(exchange.transportError);
    const QString trace =
        QString::fromUtf8(QJsonDocument(exchange.trace).toJson(QJsonDocument::Compact));
    entry.trace = QJsonDocument::fromJson(maskSecrets(trace).toUtf8()).array();
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
    QString line = u"%1 %2 %3 %4 %5 ms"_s
                       .arg(time.toUTC().toString(Qt::ISODateWithMs),
                            method.isEmpty() ? u"-"_s : method, path.isEmpty() ? u"-"_s : path)
                       .arg(status)
                       .arg(durationMs);
    if (!principal.isEmpty())
        line += u' ' + principal;
    if (!error.isEmpty())
        line += u" ("_s + error + u')';
    return line;
}

} // namespace gatehouse
