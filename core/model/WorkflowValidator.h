#pragma once

#include "Diagnostic.h"
#include "ProjectIndex.h"

namespace gatehouse {

// The structural invariants of workflows, their parameters and their steps.
class WorkflowValidator
{
public:
    static void validate(const ProjectIndex &project, Diagnostics &out);

private:
    static void checkWorkflow(const ProjectIndex &project, const Workflow &workflow,
                              Diagnostics &out);
    static void checkParameters(const ProjectIndex &project, const Workflow &workflow,
                                Diagnostics &out);
    static void checkAction(const ProjectIndex &project, const Action &action, const QString &where,
                            Diagnostics &out);
    static void checkAssignmentKeys(const ProjectIndex &project, const Action &action,
                                    const QString &where, Diagnostics &out);
};

} // namespace gatehouse
