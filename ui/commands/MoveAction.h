#pragma once

#include "DocumentCommand.h"

namespace gatehouse {

// Moves a step of a workflow from one position to another.
class MoveAction : public DocumentCommand
{
public:
    MoveAction(ProjectDocument *document, int workflowIndex, int from, int to);

protected:
    Result<> apply() override;
    Result<> revert() override;

private:
    int m_workflowIndex;
    int m_from;
    int m_to;
};

} // namespace gatehouse
