#pragma once

#include "DataStore.h"

namespace gatehouse {

// Records in memory, with transactions by copy: rollback restores what begin
// saw. For tests, and for questions that must change nothing.
class MemoryDataStore final : public DataStore
{
public:
    explicit MemoryDataStore(QList<Record> records = {});

    Result<> begin() override;
    Result<> commit() override;
    void rollback() override;

    QList<Record> recordsOfType(const QString &type) const override;
    std::optional<Record> record(const QString &id) const override;
    Result<> insert(const Record &record) override;
    Result<> update(const Record &record) override;
    Result<> remove(const QString &id) override;

    const QList<Record> &all() const { return m_records; }

private:
    qsizetype indexOf(const QString &id) const;

    QList<Record> m_records;
    std::optional<QList<Record>> m_savedAtBegin;
};

} // namespace gatehouse
