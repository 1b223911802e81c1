#include "LiveRecordsFile.h"

#include "LiveDataReset.h"
#include "LiveFileOpener.h"
#include "LiveRows.h"
#include "RecordRows.h"
#include "Transaction.h"

using namespace Qt::Literals::StringLiterals;

namespace gatehouse {

namespace {

Result<bool> liveDataStarted(Database &db)
{
    bool started = false;
    auto statement =
        LiveRows::prepared(db, u"SELECT 1 FROM live_meta WHERE key = ?"_s, u"seeded_at"_s);
    const Result<> read = LiveRows::eachRow(db, statement, [&](const Statement &) {
        started = true;
        return Result<>();
    });
    if (!read)
        return read.error();
    return started;
}

Result<QList<Record>> recordsIn(Database &db, const QString &table)
{
    QList<Record> records;
    auto statement = LiveRows::prepared(
        db, u"SELECT %1 FROM %2 ORDER BY position, id"_s.arg(RecordRows::columns(), table));
    const Result<> read = LiveRows::eachRow(db, statement, [&](const Statement &row) {
        Result<Record> record = RecordRows::read(row);
        if (!record)
            return Result<>(
                Error{u"record `%1`: %2"_s.arg(row.columnText(0), record.errorMessage())});
        records.append(std::move(record).value());
        return Result<>();
    });
    if (!read)
        return read.error();
    return records;
}

} // namespace

Error LiveRecordsFile::fileError(const QString &problem) const
{
    return Error{m_path + u": "_s + problem, ErrorCode::StoreRead};
}

Result<LiveRecords> LiveRecordsFile::read() const
{
    auto opened = LiveFileOpener::open(m_path, Database::OpenMode::ReadOnly);
    if (!opened)
        return fileError(opened.errorMessage());
    Database &db = *opened.value();
    // One snapshot: whether it started and its records, from the same commit.
    auto transaction = Transaction::begin(db, Transaction::Behavior::Deferred);
    if (!transaction)
        return fileError(transaction.errorMessage());
    const Result<bool> started = liveDataStarted(db);
    if (!started)
        return fileError(started.errorMessage());
    Result<QList<Record>> records =
        recordsIn(db, started.value() ? u"live_records"_s : u"records"_s);
    if (!records)
        return fileError(records.errorMessage());
    return LiveRecords{std::move(records).value(), started.value()};
}

Result<> LiveRecordsFile::resetToTestData() const
{
    auto opened = LiveFileOpener::open(m_path, Database::OpenMode::ReadWrite);
    if (!opened)
        return fileError(opened.errorMessage());
    Database &db = *opened.value();
    auto transaction = Transaction::begin(db, Transaction::Behavior::Immediate);
    if (!transaction)
        return fileError(transaction.errorMessage());
    if (auto copied = LiveDataReset::copyTestData(db); !copied)
        return Error{m_path + u": cannot reset the live data ("_s + copied.errorMessage() + u")"_s,
                     ErrorCode::StoreWrite};
    if (auto committed = transaction.value().commit(); !committed)
        return Error{m_path + u": cannot reset the live data ("_s + committed.errorMessage() +
                         u")"_s,
                     ErrorCode::StoreWrite};
    return {};
}

} // namespace gatehouse
