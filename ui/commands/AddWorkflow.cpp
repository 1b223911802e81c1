#include "AddWorkflow.h"

#include <QCoreApplication>

namespace gatehouse {

AddWorkflow::AddWorkflow(ProjectDocument *document, int index, Workflow workflow,
                         const QString &text)
    : DocumentCommand(document, text), m_index(index), m_workflow(std::move(workflow))
{
    if (text.isEmpty())
        setText(QCoreApplication::translate("Undo", "Add workflow %1").arg(m_workflow.name));
    setPlace(index);
}

Result<> AddWorkflow::apply()
{
    return document()->insertWorkflow(m_index, m_workflow);
}

Result<> AddWorkflow::revert()
{
    return document()->removeWorkflow(m_index);
}

} // namespace gatehouse
