#pragma once

#include "engine/Trace.h"

#include <QByteArray>
#include <QDateTime>
#include <QMetaType>
#include <QString>

namespace gatehouse {

// One answered request, for the request log: what was asked and what was
// answered, without headers, query or body (they may hold secrets).
struct HttpExchange
{
    QDateTime received; // UTC, when the request's answer began
    QString peer;       // "127.0.0.1:54321"
    QByteArray method;  // empty when the request line never parsed
    QString path;       // decoded, without the query
    int status = 0;
    qint64 requestBodyBytes = 0;
    qint64 responseBodyBytes = 0;
    qint64 durationMs = 0;  // from the request's first byte to the response queued
    bool handled = false;   // false: answered by the HTTP layer (limit, timeout, malformed)
    QString transportError; // the HTTP layer's message when it answered itself
    QString principal;      // who called, as the engine says; never a secret
    Trace trace;            // the engine's trace, as values
    bool simulated = false; // the editor's "simulate as", in its own process, never the wire
};

} // namespace gatehouse

Q_DECLARE_METATYPE(gatehouse::HttpExchange)
