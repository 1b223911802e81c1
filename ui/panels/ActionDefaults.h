#pragma once

#include "model/Project.h"

namespace gatehouse {

// A new step of a kind, filled in enough to be valid at once (a data type,
// a target, the required keys), so adding it never fails.
class ActionDefaults
{
public:
    static Action make(ActionKind kind, const Project &project, int workflowIndex);
    // A value to add to `action` (Add Value, Insert), valid at once where it
    // can be: the first field of its data type, or parameter of the workflow
    // it schedules, that it does not set yet, set to empty; else a new key.
    static Assignment newAssignment(const Action &action, const Project &project);
};

} // namespace gatehouse
