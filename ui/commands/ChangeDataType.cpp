#include "ChangeDataType.h"

namespace gatehouse {

ChangeDataType::ChangeDataType(ProjectDocument *document, int index, DataType after,
                               const QString &text)
    : DocumentCommand(document, text), m_index(index), m_after(std::move(after))
{
    const auto &types = document->project().dataTypes;
    if (index >= 0 && index < types.size())
        m_before = types.at(index);
}

ChangeDataType::ChangeDataType(ProjectDocument *document, int index, DataType after,
                               const QString &text, CommandId mergeId, const QString &fieldKey)
    : ChangeDataType(document, index, std::move(after), text)
{
    m_mergeId = mergeId;
    m_fieldKey = fieldKey;
}

int ChangeDataType::id() const
{
    return m_mergeId ? static_cast<int>(*m_mergeId) : -1;
}

bool ChangeDataType::mergeWith(const QUndoCommand *other)
{
    // Equal ids guarantee the type: no other command uses these ids.
    const auto *next = static_cast<const ChangeDataType *>(other);
    if (next->isObsolete() || next->m_index != m_index || next->m_fieldKey != m_fieldKey)
        return false;
    m_after = next->m_after;
    setText(next->text());
    setObsolete(m_after == m_before);
    return true;
}

Result<> ChangeDataType::apply()
{
    return document()->replaceDataType(m_index, m_after);
}

Result<> ChangeDataType::revert()
{
    return document()->replaceDataType(m_index, m_before);
}

} // namespace gatehouse
