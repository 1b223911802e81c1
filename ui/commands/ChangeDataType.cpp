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

Result<> ChangeDataType::apply()
{
    return document()->replaceDataType(m_index, m_after);
}

Result<> ChangeDataType::revert()
{
    return document()->replaceDataType(m_index, m_before);
}

} // namespace gatehouse
