#pragma once

#include "AuditFix.h"
#include "SettingLocation.h"
#include "Severity.h"

#include <optional>

namespace gatehouse::audit {

// One thing the audit found: which check, how bad here, what in words, the
// setting it points at and, where one exists, the fix.
struct Finding
{
    QString checkId;
    Severity severity = Severity::Medium;
    QString message;
    SettingLocation location;
    std::optional<AuditFix> fix;

    bool operator==(const Finding &) const = default;
};

} // namespace gatehouse::audit
