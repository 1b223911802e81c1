#include "RenameWorkflow.h"

#include <QCoreApplication>

namespace gatehouse {

RenameWorkflow::RenameWorkflow(ProjectDocument *document, int index, const QString &newName)
    : DocumentCommand(document, {}), m_index(index), m_newName(newName)
{
    const auto &workflows = document->project().workflows;
    if (index >= 0 && index < workflows.size())
        m_oldName = workflows.at(index).name;
    setText(
        QCoreApplication::translate("Undo", "Rename workflow %1 to %2").arg(m_oldName, newName));
    setPlace(index);
}

Result<> RenameWorkflow::apply()
{
    return document()->renameWorkflow(m_index, m_newName);
}

Result<> RenameWorkflow::revert()
{
    return document()->renameWorkflow(m_index, m_oldName);
}

} // namespace gatehouse
