#pragma once

#include "ReplaceProject.h"

namespace gatehouse {

// Renames a data type or a field and rewrites everything that names it
// (expr::ProjectRenamer), as one ReplaceProject undo step.
class RenameEverywhere
{
public:
    static ReplaceProject *type(ProjectDocument *document, const QString &oldName,
                                const QString &newName);
    static ReplaceProject *field(ProjectDocument *document, const QString &typeName,
                                 const QString &oldField, const QString &newField);
};

} // namespace gatehouse
