#pragma once

#include "AuditCheck.h"

namespace gatehouse::audit {

// What a workflow's steps do once a caller is in: unbound destructive steps,
// things handed in as parameters, secrets returned, webhooks, querystrings.
class WorkflowStepChecks
{
public:
    static QList<AuditCheck> all();
};

} // namespace gatehouse::audit
