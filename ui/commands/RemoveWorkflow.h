#pragma once

#include "DocumentCommand.h"

namespace gatehouse {

// Removes a workflow, keeping it so that undo puts it back where it was.
class RemoveWorkflow : public DocumentCommand
{
public:
    RemoveWorkflow(ProjectDocument *document, int index);

protected:
    Result<> apply() override;
    Result<> revert() override;

private:
    int m_index;
    Workflow m_workflow;
};

} // namespace gatehouse
