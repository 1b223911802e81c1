#pragma once

#include "HttpExchange.h"

#include "engine/Trace.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>

namespace gatehouse {

// One line of the request log: what was asked, by whom, what was answered
// and why. Built only through fromExchange(), which masks anything shaped
// like a token secret, so no secret reaches the log even by accident, and
// escapes control characters, so no line of it can pass for another.
struct RequestLogEntry
{
    QDateTime time;
    QString peer;
    QString method;
    QString path;
    QString principal; // "anonymous", "admin token `ci` (gh_adm_abcd)", ...
    int status = 0;
    qint64 durationMs = 0;
    bool handled = false; // false: the HTTP layer answered (a limit, a timeout, malformed)
    QString error;        // the HTTP layer's message when it answered
    Trace trace;          // as values: turned into JSON only when written or shown
    // Asked in the editor's process by "simulate as", not over the wire. In
    // the file it is the peer simulatedPeer(), which no socket's address
    // can be.
    bool simulated = false;

    static QString simulatedPeer();

    static RequestLogEntry fromExchange(const HttpExchange &exchange);
    // Replaces each token secret in `text` by its visible prefix and "…".
    static QString maskSecrets(const QString &text);
    // Spells every control character (C0, DEL, C1, line and paragraph
    // separators, bidi overrides) as \xHH or \u{HHHH}, so a path such as
    // `/%0d%0a...` or `\e[2J` cannot forge a line or repaint a terminal.
    static QString escapeControls(const QString &text);

    QJsonObject toJson() const;
    static RequestLogEntry fromJson(const QJsonObject &json);
    // A trace as Trace::toJson() writes it; a step whose stage or verdict it
    // does not know reads as a failed response step.
    static Trace traceFromJson(const QJsonArray &json);
    // "2026-03-01T12:00:00.000Z POST /api/1.1/wf/signup 200 3 ms anonymous"
    QString toLine() const;

    bool operator==(const RequestLogEntry &) const = default;
};

} // namespace gatehouse
