#pragma once

#include "model/ProjectDocument.h"

namespace gatehouse {

// The step edits the document has no method of its own for, made as a
// replacement of the workflow holding the step (so the document validates
// and emits workflowChanged).
class ActionEdits
{
public:
    static const Action *find(const Project &project, int workflowIndex, int actionIndex);
    static Result<> insert(ProjectDocument &document, int workflowIndex, int actionIndex,
                           const Action &action);
    static Result<> remove(ProjectDocument &document, int workflowIndex, int actionIndex);
    static Result<> move(ProjectDocument &document, int workflowIndex, int from, int to);
};

} // namespace gatehouse
