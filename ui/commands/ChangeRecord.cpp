#include "ChangeRecord.h"

namespace gatehouse {

ChangeRecord::ChangeRecord(ProjectDocument *document, int index, Record after, const QString &text)
    : DocumentCommand(document, text), m_index(index), m_after(std::move(after))
{
    const auto &records = document->project().records;
    if (index >= 0 && index < records.size())
        m_before = records.at(index);
}

Result<> ChangeRecord::apply()
{
    return document()->replaceRecord(m_index, m_after);
}

Result<> ChangeRecord::revert()
{
    return document()->replaceRecord(m_index, m_before);
}

} // namespace gatehouse
