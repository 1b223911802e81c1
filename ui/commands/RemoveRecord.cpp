#include "RemoveRecord.h"

#include <QCoreApplication>

namespace gatehouse {

RemoveRecord::RemoveRecord(ProjectDocument *document, int index)
    : DocumentCommand(document, QCoreApplication::translate("Undo", "Delete a record")),
      m_index(index)
{
    const auto &records = document->project().records;
    if (index >= 0 && index < records.size()) {
        m_record = records.at(index);
        setText(QCoreApplication::translate("Undo", "Delete a %1 record").arg(m_record.type));
    }
}

Result<> RemoveRecord::apply()
{
    return document()->removeRecord(m_index);
}

Result<> RemoveRecord::revert()
{
    return document()->insertRecord(m_index, m_record);
}

} // namespace gatehouse
