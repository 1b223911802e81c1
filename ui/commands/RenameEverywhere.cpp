#include "RenameEverywhere.h"

#include "expr/ProjectRenamer.h"

#include <QCoreApplication>

namespace gatehouse {

RenameEverywhere::RenameEverywhere(ProjectDocument *document, Project after, const QString &text)
    : DocumentCommand(document, text), m_before(document->project()), m_after(std::move(after))
{
}

RenameEverywhere *RenameEverywhere::type(ProjectDocument *document, const QString &oldName,
                                         const QString &newName)
{
    return new RenameEverywhere(
        document, expr::ProjectRenamer::renameType(document->project(), oldName, newName),
        QCoreApplication::translate("Undo", "Rename data type %1 to %2").arg(oldName, newName));
}

RenameEverywhere *RenameEverywhere::field(ProjectDocument *document, const QString &typeName,
                                          const QString &oldField, const QString &newField)
{
    return new RenameEverywhere(
        document,
        expr::ProjectRenamer::renameField(document->project(), typeName, oldField, newField),
        QCoreApplication::translate("Undo", "Rename field %1 of %2 to %3")
            .arg(oldField, typeName, newField));
}

Result<> RenameEverywhere::apply()
{
    return document()->resetProject(m_after);
}

Result<> RenameEverywhere::revert()
{
    return document()->resetProject(m_before);
}

} // namespace gatehouse
