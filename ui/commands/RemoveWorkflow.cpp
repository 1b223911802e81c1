#include "RemoveWorkflow.h"

#include <QCoreApplication>

namespace gatehouse {

RemoveWorkflow::RemoveWorkflow(ProjectDocument *document, int index)
    : DocumentCommand(document, {}), m_index(index)
{
    const auto &workflows = document->project().workflows;
    if (index >= 0 && index < workflows.size())
        m_workflow = workflows.at(index);
    setText(QCoreApplication::translate("Undo", "Delete workflow %1").arg(m_workflow.name));
    setPlace(index);
}

Result<> RemoveWorkflow::apply()
{
    return document()->removeWorkflow(m_index);
}

Result<> RemoveWorkflow::revert()
{
    return document()->insertWorkflow(m_index, m_workflow);
}

} // namespace gatehouse
