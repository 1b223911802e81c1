#pragma once

#include "AuditCheck.h"

namespace gatehouse::audit {

// Who may call which workflow: None required, Ignore privacy rules, what an
// anonymous caller learns. Each verdict is the engine's (AuditContext).
class WorkflowExposureChecks
{
public:
    static QList<AuditCheck> all();
};

} // namespace gatehouse::audit
