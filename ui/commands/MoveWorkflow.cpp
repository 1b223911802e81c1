#include "MoveWorkflow.h"

#include <QCoreApplication>

namespace gatehouse {

MoveWorkflow::MoveWorkflow(ProjectDocument *document, int from, int to)
    : DocumentCommand(document, QCoreApplication::translate("Undo", "Move Workflow")), m_from(from),
      m_to(to)
{
}

Result<> MoveWorkflow::apply()
{
    return document()->moveWorkflow(m_from, m_to);
}

Result<> MoveWorkflow::revert()
{
    return document()->moveWorkflow(m_to, m_from);
}

} // namespace gatehouse
