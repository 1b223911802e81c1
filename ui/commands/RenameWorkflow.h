#pragma once

#include "DocumentCommand.h"

namespace gatehouse {

// Renames a workflow and what refers to it (the document updates schedule
// steps and token scopes); undo renames it back.
class RenameWorkflow : public DocumentCommand
{
public:
    RenameWorkflow(ProjectDocument *document, int index, const QString &newName);

protected:
    Result<> apply() override;
    Result<> revert() override;

private:
    int m_index;
    QString m_oldName;
    QString m_newName;
};

} // namespace gatehouse
