#include "MemoryDataStore.h"

using namespace Qt::Literals::StringLiterals;

namespace gatehouse {

MemoryDataStore::MemoryDataStore(QList<Record> records) : m_records(std::move(records)) {}

Result<> MemoryDataStore::begin()
{
    if (m_savedAtBegin)
        return Error{u"a transaction is already open"_s};
    m_savedAtBegin = m_records;
    return {};
}

Result<> MemoryDataStore::commit()
{
    if (!m_savedAtBegin)
        return Error{u"no transaction is open"_s};
    m_savedAtBegin.reset();
    return {};
}

void MemoryDataStore::rollback()
{
    if (m_savedAtBegin)
        m_records = *std::exchange(m_savedAtBegin, std::nullopt);
}

QList<Record> MemoryDataStore::recordsOfType(const QString &type) const
{
    QList<Record> out;
    for (const Record &r : m_records) {
        if (r.type == type)
            out.append(r);
    }
    return out;
}

std::optional<Record> MemoryDataStore::record(const QString &id) const
{
    const qsizetype i = indexOf(id);
    return i < 0 ? std::nullopt : std::optional<Record>(m_records.at(i));
}

Result<> MemoryDataStore::insert(const Record &record)
{
    if (indexOf(record.id) >= 0)
        return Error{u"a record with id `%1` exists already"_s.arg(record.id)};
    m_records.append(record);
    return {};
}

Result<> MemoryDataStore::update(const Record &record)
{
    const qsizetype i = indexOf(record.id);
    if (i < 0)
        return Error{u"no record with id `%1`"_s.arg(record.id)};
    m_records[i] = record;
    return {};
}

Result<> MemoryDataStore::remove(const QString &id)
{
    const qsizetype i = indexOf(id);
    if (i < 0)
        return Error{u"no record with id `%1`"_s.arg(id)};
    m_records.removeAt(i);
    return {};
}

qsizetype MemoryDataStore::indexOf(const QString &id) const
{
    for (qsizetype i = 0; i < m_records.size(); ++i) {
        if (m_records.at(i).id == id)
            return i;
    }
    return -1;
}

} // namespace gatehouse
