#include "MoveAction.h"

#include "ActionEdits.h"

#include <QCoreApplication>

namespace gatehouse {

MoveAction::MoveAction(ProjectDocument *document, int workflowIndex, int from, int to)
    : DocumentCommand(document, {}), m_workflowIndex(workflowIndex), m_from(from), m_to(to)
{
    setText(QCoreApplication::translate("Undo", "Move %1's step %2 to position %3")
                .arg(workflowName(workflowIndex))
                .arg(from + 1)
                .arg(to + 1));
    setPlace(workflowIndex, to);
}

// Undo and redo select the step where each leaves it.
Result<> MoveAction::apply()
{
    setPlace(m_workflowIndex, m_to);
    return ActionEdits::move(*document(), m_workflowIndex, m_from, m_to);
}

Result<> MoveAction::revert()
{
    setPlace(m_workflowIndex, m_from);
    return ActionEdits::move(*document(), m_workflowIndex, m_to, m_from);
}

} // namespace gatehouse
