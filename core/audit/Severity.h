#pragma once

#include <QString>

#include <optional>

namespace gatehouse::audit {

// How bad a finding is, lowest first, so severities compare with `<`.
enum class Severity
{
    Info,
    Low,
    Medium,
    High,
    Critical
};

// "info", "low", "medium", "high", "critical": as --fail-on and the JSON
// report write them.
QString severityId(Severity severity);
std::optional<Severity> severityFromId(const QString &id);
// SARIF 2.1.0's `level`: error, warning or note.
QString sarifLevel(Severity severity);

} // namespace gatehouse::audit
