#pragma once

#include "AuditCheck.h"

namespace gatehouse::audit {

// What one audit run found: every check it ran and the findings, worst first.
struct AuditReport
{
    QString projectName;
    QDateTime ranAt;
    QList<CheckInfo> checks;
    QList<Finding> findings;

    const CheckInfo *check(const QString &id) const;
    int count(Severity severity) const;
    int acceptedCount() const;
    // Whether a finding at `level` or worse is present and not accepted:
    // for --fail-on.
    bool hasAtLeast(Severity level) const;
};

} // namespace gatehouse::audit
