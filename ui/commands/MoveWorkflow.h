#pragma once

#include "DocumentCommand.h"

namespace gatehouse {

// Moves a workflow from one position of the list to another.
class MoveWorkflow : public DocumentCommand
{
public:
    MoveWorkflow(ProjectDocument *document, int from, int to);

protected:
    Result<> apply() override;
    Result<> revert() override;

private:
    int m_from;
    int m_to;
};

} // namespace gatehouse
