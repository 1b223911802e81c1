#pragma once

#include "DocumentCommand.h"

namespace gatehouse {

// Removes a step, keeping it so that undo puts it back at its position.
class RemoveAction : public DocumentCommand
{
public:
    RemoveAction(ProjectDocument *document, int workflowIndex, int actionIndex);

protected:
    Result<> apply() override;
    Result<> revert() override;

private:
    int m_workflowIndex;
    int m_actionIndex;
    Action m_action;
};

} // namespace gatehouse
