#include "AddDataType.h"

#include <QCoreApplication>

namespace gatehouse {

AddDataType::AddDataType(ProjectDocument *document, int index, DataType type)
    : DocumentCommand(document,
                      QCoreApplication::translate("Undo", "Add data type %1").arg(type.name)),
      m_index(index), m_type(std::move(type))
{
}

Result<> AddDataType::apply()
{
    return document()->insertDataType(m_index, m_type);
}

Result<> AddDataType::revert()
{
    return document()->removeDataType(m_index);
}

} // namespace gatehouse
