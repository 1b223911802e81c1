#include "AddRecord.h"

#include <QCoreApplication>

namespace gatehouse {

AddRecord::AddRecord(ProjectDocument *document, int index, Record record)
    : DocumentCommand(document,
                      QCoreApplication::translate("Undo", "Add a %1 record").arg(record.type)),
      m_index(index), m_record(std::move(record))
{
}

Result<> AddRecord::apply()
{
    return document()->insertRecord(m_index, m_record);
}

Result<> AddRecord::revert()
{
    return document()->removeRecord(m_index);
}

} // namespace gatehouse
