#pragma once

#include "DocumentCommand.h"

namespace gatehouse {

// Inserts a step into a workflow at a position; undo takes it out again.
class AddAction : public DocumentCommand
{
public:
    AddAction(ProjectDocument *document, int workflowIndex, int actionIndex, Action action);

protected:
    Result<> apply() override;
    Result<> revert() override;

private:
    int m_workflowIndex;
    int m_actionIndex;
    Action m_action;
};

} // namespace gatehouse
