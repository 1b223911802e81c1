#include "AddAction.h"

#include "ActionEdits.h"

#include <QCoreApplication>

namespace gatehouse {

AddAction::AddAction(ProjectDocument *document, int workflowIndex, int actionIndex, Action action)
    : DocumentCommand(document, QCoreApplication::translate("Undo", "Add Action")),
      m_workflowIndex(workflowIndex), m_actionIndex(actionIndex), m_action(std::move(action))
{
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
