#pragma once

#include "DocumentCommand.h"

namespace gatehouse {

// Inserts a workflow at an index; undo removes it again.
class AddWorkflow : public DocumentCommand
{
public:
    AddWorkflow(ProjectDocument *document, int index, Workflow workflow, const QString &text = {});

protected:
    Result<> apply() override;
    Result<> revert() override;

private:
    int m_index;
    Workflow m_workflow;
};

} // namespace gatehouse
