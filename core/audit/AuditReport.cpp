#include "AuditReport.h"

namespace gatehouse::audit {

const CheckInfo *AuditReport::check(const QString &id) const
{
    for (const CheckInfo &info : checks) {
        if (info.id == id)
            return &info;
    }
    return nullptr;
}

int AuditReport::count(Severity severity) const
{
    int n = 0;
    for (const Finding &f : findings)
        n += f.severity == severity ? 1 : 0;
    return n;
}

int AuditReport::acceptedCount() const
{
    int n = 0;
    for (const Finding &f : findings)
        n += f.isAccepted() ? 1 : 0;
    return n;
}

bool AuditReport::hasAtLeast(Severity level) const
{
    for (const Finding &f : findings) {
        if (f.severity >= level && !f.isAccepted())
            return true;
    }
    return false;
}

} // namespace gatehouse::audit
