#include "RemoveDataType.h"

#include <QCoreApplication>

namespace gatehouse {

RemoveDataType::RemoveDataType(ProjectDocument *document, int index)
    : DocumentCommand(document, {}), m_index(index)
{
    const auto &types = document->project().dataTypes;
    if (index >= 0 && index < types.size())
        m_type = types.at(index);
    setText(QCoreApplication::translate("Undo", "Delete data type %1").arg(m_type.name));
}

Result<> RemoveDataType::apply()
{
    return document()->removeDataType(m_index);
}

Result<> RemoveDataType::revert()
{
    return document()->insertDataType(m_index, m_type);
}

} // namespace gatehouse
