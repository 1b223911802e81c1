#include "AddAction.h"

#include "ActionEdits.h"

#include <QCoreApplication>

namespace gatehouse {

AddAction::AddAction(ProjectDocument *document, int workflowIndex, int actionIndex, Action action)
    : DocumentCommand(document, {}), m_workflowIndex(workflowIndex), m_actionIndex(actionIndex),
      m_action(std::move(action))
{
    setText(QCoreApplication::translate("Undo", "Add step %1 (%2) to %3")
                .arg(actionIndex + 1)
                .arg(m_action.info().displayName, workflowName(workflowIndex)));
    setPlace(workflowIndex, actionIndex);
}

Result<> AddAction::apply()
{
    return ActionEdits::insert(*document(), m_workflowIndex, m_actionIndex, m_action);
}

Result<> AddAction::revert()
{
    return ActionEdits::remove(*document(), m_workflowIndex, m_actionIndex);
}

} // namespace gatehouse
