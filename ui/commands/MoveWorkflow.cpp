#include "MoveWorkflow.h"

#include <QCoreApplication>

namespace gatehouse {

MoveWorkflow::MoveWorkflow(ProjectDocument *document, int from, int to)
    : DocumentCommand(document, {}), m_from(from), m_to(to)
{
    setText(QCoreApplication::translate("Undo", "Move workflow %1 to position %2")
                .arg(workflowName(from))
                .arg(to + 1));
    setPlace(to);
}

// Undo and redo select the workflow where each leaves it.
Result<> MoveWorkflow::apply()
{
    setPlace(m_to);
    return document()->moveWorkflow(m_from, m_to);
}

Result<> MoveWorkflow::revert()
{
    setPlace(m_from);
    return document()->moveWorkflow(m_to, m_from);
}

} // namespace gatehouse
