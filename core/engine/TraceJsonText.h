#pragma once

#include <QByteArray>

namespace gatehouse {

class Trace;

// A trace as compact JSON text, written straight into bytes: the same array
// Trace::toJson() builds (steps with stage, verdict, reason, subject and,
// when set, ref), without a QJsonObject a step. The request log writes one
// for every request it keeps, so this is on the test server's hot path.
class TraceJsonText
{
public:
    static QByteArray of(const Trace &trace);
};

} // namespace gatehouse
