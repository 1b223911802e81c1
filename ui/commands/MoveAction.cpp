#include "MoveAction.h"

#include "ActionEdits.h"

#include <QCoreApplication>

namespace gatehouse {

MoveAction::MoveAction(ProjectDocument *document, int workflowIndex, int from, int to)
    : DocumentCommand(document, QCoreApplication::translate("Undo", "Move Action")),
      m_workflowIndex(workflowIndex), m_from(from), m_to(to)
{
}

Result<> MoveAction::apply()
{
    return ActionEdits::move(*document(), m_workflowIndex, m_from, m_to);
}

Result<> MoveAction::revert()
{
    return ActionEdits::move(*document(), m_workflowIndex, m_to, m_from);
}

} // namespace gatehouse
