#pragma once

#include "DocumentCommand.h"

namespace gatehouse {

// Renames a data type or a field and rewrites everything that names it
// (expr::ProjectRenamer), as one undo step. Undo restores the project as it
// was, so expressions come back exactly as the builder wrote them.
class RenameEverywhere : public DocumentCommand
{
public:
    static RenameEverywhere *type(ProjectDocument *document, const QString &oldName,
                                  const QString &newName);
    static RenameEverywhere *field(ProjectDocument *document, const QString &typeName,
                                   const QString &oldField, const QString &newField);

protected:
    Result<> apply() override;
    Result<> revert() override;

private:
    RenameEverywhere(ProjectDocument *document, Project after, const QString &text);

    Project m_before;
    Project m_after;
};

} // namespace gatehouse
