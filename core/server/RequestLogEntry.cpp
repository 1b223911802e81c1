#include "RequestLogEntry.h"

#include "crypto/TokenSecret.h"

#include <QJsonDocument>
#include <optional>

using namespace Qt::Literals::StringLiterals;

namespace gatehouse {

namespace {

bool isSecretCharacter(QChar c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9') ||
           c == u'_' || c == u'-';
}

// Where the secret starting at `at` ("gh_adm_..." or "gh_usr_...") ends, or
// `at` when none starts there.
qsizetype secretEnd(QStringView text, qsizetype at)
{
    const QStringView kind = text.mid(at, 7);
    if (kind != u"gh_adm_" && kind != u"gh_usr_")
        return at;
    qsizetype end = at + 7;
    while (end < text.size() && isSecretCharacter(text[end]))
        ++end;
    return end > at + 7 ? end : at;
}

bool isControl(char32_t c)
{
    return c < 0x20 || (c >= 0x7f && c <= 0x9f) || c == 0x2028 || c == 0x2029 ||
           (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069);
}

// True when escapeControls() would change nothing: no control character
// and no surrogate (which the slow path reads as UTF-32).
bool plainText(QStringView text)
{
    for (const QChar c : text) {
        if (isControl(c.unicode()) || c.isSurrogate())
            return false;
    }
    return true;
}

QString logged(const QString &text);

// Every string of the trace (reasons, subjects) as the log may show it.
Trace loggedTrace(const Trace &trace)
{
    Trace out;
    for (const TraceStep &step : trace.steps()) {
        TraceRef ref = step.ref;
        for (QString *text : {&ref.workflow, &ref.name, &ref.dataType})
            *text = logged(*text);
        out.add(step.stage, step.verdict, logged(step.reason), logged(step.subject), ref);
    }
    return out;
}

template <typename Enum>
std::optional<Enum> enumOf(const QString &id, QString (*idOf)(Enum), int count)
{
    for (int i = 0; i < count; ++i) {
        if (idOf(Enum(i)) == id)
            return Enum(i);
    }
    return std::nullopt;
}

QString logged(const QString &text)
{
    return RequestLogEntry::escapeControls(RequestLogEntry::maskSecrets(text));
}

} // namespace

// A scan for `gh_`, no regular expression: a text that holds none comes
// back shared, not copied.
QString RequestLogEntry::maskSecrets(const QString &text)
{
    qsizetype at = text.indexOf(u"gh_");
    if (at < 0)
        return text;
    QString masked;
    qsizetype copied = 0;
    while (at >= 0) {
        const qsizetype end = secretEnd(text, at);
        if (end - at > TokenSecret::visiblePrefixLength) {
            masked += QStringView(text).mid(copied, at - copied);
            masked += TokenSecret::prefixOf(text.mid(at, end - at)) + u"…"_s;
            copied = end;
        } // else none, or a prefix already, as a trace names a token
        at = text.indexOf(u"gh_", qMax(end, at + 3));
    }
    if (copied == 0)
        return text;
    masked += QStringView(text).mid(copied);
    return masked;
}

QString RequestLogEntry::escapeControls(const QString &text)
{
    if (plainText(text))
        return text;
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

QString RequestLogEntry::simulatedPeer()
{
    return u"editor (simulated)"_s;
}

RequestLogEntry RequestLogEntry::fromExchange(const HttpExchange &exchange)
{
    RequestLogEntry entry;
    entry.time = exchange.received.isValid() ? exchange.received : QDateTime::currentDateTimeUtc();
    entry.simulated = exchange.simulated;
    entry.peer = exchange.simulated ? simulatedPeer() : logged(exchange.peer);
    entry.method = logged(QString::fromLatin1(exchange.method));
    entry.path = logged(exchange.path);
    entry.principal = logged(exchange.principal);
    entry.status = exchange.status;
    entry.durationMs = exchange.durationMs;
    entry.handled = exchange.handled;
    entry.error = logged(exchange.transportError);
    entry.trace = loggedTrace(exchange.trace);
    return entry;
}

QJsonObject RequestLogEntry::toJson() const
{
    QJsonObject json{{u"time"_s, time.toUTC().toString(Qt::ISODateWithMs)},
                     {u"peer"_s, peer},
                     {u"method"_s, method},
                     {u"path"_s, path},
                     {u"principal"_s, principal},
                     {u"status"_s, status},
                     {u"duration_ms"_s, durationMs},
                     {u"handled_by_engine"_s, handled},
                     {u"error"_s, error},
                     {u"trace"_s, trace.toJson()}};
    if (simulated)
        json.insert(u"simulated"_s, true);
    return json;
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
    entry.trace = traceFromJson(json.value(u"trace"_s).toArray());
    entry.simulated = json.value(u"simulated"_s).toBool();
    return entry;
}

Trace RequestLogEntry::traceFromJson(const QJsonArray &json)
{
    using Stage = TraceStep::Stage;
    using Verdict = TraceStep::Verdict;
    Trace trace;
    for (const QJsonValue &value : json) {
        const QJsonObject step = value.toObject();
        const auto stage = enumOf<Stage>(step.value(u"stage"_s).toString(), &Trace::stageId,
                                         int(Stage::Response) + 1);
        const auto verdict = enumOf<Verdict>(step.value(u"verdict"_s).toString(), &Trace::verdictId,
                                             int(Verdict::Failed) + 1);
        trace.add(stage.value_or(Stage::Response), stage && verdict ? *verdict : Verdict::Failed,
                  step.value(u"reason"_s).toString(), step.value(u"subject"_s).toString(),
                  TraceRef::fromJson(step.value(u"ref"_s).toObject()));
    }
    return trace;
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
    if (simulated)
        line += u" (simulated)"_s;
    if (!error.isEmpty())
        line += u" ("_s + escapeControls(error) + u')';
    return line;
}

} // namespace gatehouse
