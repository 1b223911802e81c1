#include "RenameEverywhere.h"

#include "expr/ProjectRenamer.h"

#include <QCoreApplication>

namespace gatehouse {

ReplaceProject *RenameEverywhere::type(ProjectDocument *document, const QString &oldName,
                                       const QString &newName)
{
    return new ReplaceProject(
        document, expr::ProjectRenamer::renameType(document->project(), oldName, newName),
        QCoreApplication::translate("Undo", "Rename data type %1 to %2").arg(oldName, newName));
}

ReplaceProject *RenameEverywhere::field(ProjectDocument *document, const QString &typeName,
                                        const QString &oldField, const QString &newField)
{
    return new ReplaceProject(
        document,
        expr::ProjectRenamer::renameField(document->project(), typeName, oldField, newField),
        QCoreApplication::translate("Undo", "Rename field %1 of %2 to %3")
            .arg(oldField, typeName, newField));
}

} // namespace gatehouse
