#include "RemoveAction.h"

#include "ActionEdits.h"

#include <QCoreApplication>

namespace gatehouse {

RemoveAction::RemoveAction(ProjectDocument *document, int workflowIndex, int actionIndex)
    : DocumentCommand(document, {}), m_workflowIndex(workflowIndex), m_actionIndex(actionIndex)
{
    if (const Action *action = ActionEdits::find(document->project(), workflowIndex, actionIndex))
        m_action = *action;
    setText(QCoreApplication::translate("Undo", "Delete step %1 (%2) of %3")
                .arg(actionIndex + 1)
                .arg(m_action.info().displayName, workflowName(workflowIndex)));
    setPlace(workflowIndex, actionIndex);
}

Result<> RemoveAction::apply()
{
    return ActionEdits::remove(*document(), m_workflowIndex, m_actionIndex);
}

Result<> RemoveAction::revert()
{
    return ActionEdits::insert(*document(), m_workflowIndex, m_actionIndex, m_action);
}

} // namespace gatehouse
