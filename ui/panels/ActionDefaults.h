#pragma once

#include "model/Project.h"

namespace gatehouse {

// A new step of a kind, filled in enough to be valid at once (a data type,
// a target, the required keys), so adding it never fails.
class ActionDefaults
{
public:
    static Action make(ActionKind kind, const Project &project, int workflowIndex);
};

} // namespace gatehouse
