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
    // The reviewer's reason, when the project accepts this finding (its
    // check at its setting): still reported, but no longer failing a gate.
    std::optional<QString> acceptedReason;

    bool isAccepted() const { return acceptedReason.has_value(); }

    bool operator==(const Finding &) const = default;
};

} // namespace gatehouse::audit
