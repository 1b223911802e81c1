#include "AddWorkflow.h"

#include <QCoreApplication>

namespace gatehouse {

AddWorkflow::AddWorkflow(ProjectDocument *document, int index, Workflow workflow,
                         const QString &text)
    : DocumentCommand(document,
                      text.isEmpty() ? QCoreApplication::translate("Undo", "Add Workflow") : text),
      m_index(index), m_workflow(std::move(workflow))
{
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
