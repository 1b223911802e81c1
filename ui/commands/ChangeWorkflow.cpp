#include "ChangeWorkflow.h"

namespace gatehouse {

ChangeWorkflow::ChangeWorkflow(ProjectDocument *document, int index, Workflow after,
                               const QString &text)
    : DocumentCommand(document, text), m_index(index), m_after(std::move(after))
{
    const auto &workflows = document->project().workflows;
    if (index >= 0 && index < workflows.size())
        m_before = workflows.at(index);
    setPlace(index);
}

ChangeWorkflow *ChangeWorkflow::aboutStep(int step)
{
    setPlace(m_index, step);
    return this;
}

ChangeWorkflow::ChangeWorkflow(ProjectDocument *document, int index, Workflow after,
                               const QString &text, CommandId mergeId, const QString &fieldKey)
    : ChangeWorkflow(document, index, std::move(after), text)
{
    m_mergeId = mergeId;
    m_fieldKey = fieldKey;
}

int ChangeWorkflow::id() const
{
    return m_mergeId ? static_cast<int>(*m_mergeId) : -1;
}

bool ChangeWorkflow::mergeWith(const QUndoCommand *other)
{
    // Equal ids guarantee the type: no other command uses these ids.
    const auto *next = static_cast<const ChangeWorkflow *>(other);
    if (next->isObsolete() || next->m_index != m_index || next->m_fieldKey != m_fieldKey)
        return false;
    m_after = next->m_after;
    setText(next->text()); // it names the value the run ended on
    setObsolete(m_after == m_before);
    return true;
}

Result<> ChangeWorkflow::apply()
{
    return document()->replaceWorkflow(m_index, m_after);
}

Result<> ChangeWorkflow::revert()
{
    return document()->replaceWorkflow(m_index, m_before);
}

} // namespace gatehouse
