#pragma once

#include "Diagnostic.h"
#include "Project.h"

namespace gatehouse {

// The structural invariants of workflows, their parameters and their steps.
class WorkflowValidator
{
public:
    static void validate(const Project &project, Diagnostics &out);

private:
    static void checkWorkflow(const Project &project, const Workflow &workflow, Diagnostics &out);
    static void checkParameters(const Project &project, const Workflow &workflow, Diagnostics &out);
    static void checkAction(const Project &project, const Action &action, const QString &where,
                            Diagnostics &out);
    static void checkAssignmentKeys(const Project &project, const Action &action,
                                    const QString &where, Diagnostics &out);
};

} // namespace gatehouse
