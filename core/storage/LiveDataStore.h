#pragma once

#include "Database.h"
#include "Transaction.h"

#include "engine/DataStore.h"

#include <memory>
#include <optional>

namespace gatehouse {

// The engine's live data in the project file's own tables (`live_*`, see
// docs/project-file.md): test records as requests change them, user sessions,
// token uses, the outbox and scheduled runs. One transaction a request,
// BEGIN IMMEDIATE under WAL, committed before the response goes out, so an
// acknowledged write survives a crash. A save of the document never touches
// these tables. One connection, used by one thread at a time.
class LiveDataStore final : public DataStore
{
public:
    // Opens the live data of a project file at the current version (load it
    // with ProjectFile first, which migrates it). The first time, the live
    // records start as a copy of the project's test data.
    static Result<std::unique_ptr<LiveDataStore>> open(const QString &path);

    // Puts the live records back to the project's test data and clears the
    // sessions, token uses, outbox and scheduled runs. The request log stays.
    Result<> resetToTestData();

    Result<> begin() override;
    Result<> commit() override;
    void rollback() override;

    Result<QList<Record>> recordsOfType(const QString &type) const override;
    Result<std::optional<Record>> record(const QString &id) const override;
    Result<> insert(const Record &record) override;
    Result<> update(const Record &record) override;
    Result<> remove(const QString &id) override;

    Result<std::optional<Credential>> findSession(const QByteArray &secretHash) const override;
    Result<> insertSession(const Session &session) override;
    Result<> touchSession(const QByteArray &secretHash, const QDateTime &when) override;
    Result<> revokeSessions(const QString &userId, const QByteArray &secretHash,
                            const QDateTime &when) override;
    Result<QList<Session>> sessionsOf(const QString &userId) const override;

    Result<> touchToken(const QByteArray &secretHash, const QDateTime &when) override;
    Result<std::optional<QDateTime>> tokenLastUsed(const QByteArray &secretHash) const override;

    Result<> appendEmail(const OutboxEmail &email) override;
    Result<QList<OutboxEmail>> outbox() const override;
    Result<> appendScheduledRun(const ScheduledRun &run) override;
    Result<> updateScheduledRun(const ScheduledRun &run) override;
    Result<QList<ScheduledRun>> scheduledRuns() const override;

private:
    explicit LiveDataStore(std::unique_ptr<Database> db);
    Result<> seed(bool always);
    // Runs a statement that changes rows, in the open transaction or its own.
    template <typename... Values>
    Result<> change(const QString &sql, const Values &...values);
    // Requires exactly one changed row, else `missing`.
    template <typename... Values>
    Result<> changeOne(const QString &missing, const QString &sql, const Values &...values);
    Result<std::optional<qint64>> positionOf(const QString &id) const;
    Result<qint64> nextPosition();
    // Forgets what is remembered when another connection has committed since
    // (SQLite's data_version changed) or it cannot tell.
    void checkRemembered() const;
    void forgetRemembered() const;
    Result<QList<ScheduledRun>> readScheduledRuns() const;
    Result<> writeRecord(const Record &record, qint64 position);
    Result<QList<Record>> selectRecords(const QString &where, const QString &value) const;
    template <typename Value>
    Result<QList<Session>> selectSessions(const QString &where, const Value &value) const;
    // "<path>: cannot <what> (<why>)"; the path and SQLite's words stay in
    // the trace and the log, never in a response body (StoreFailure).
    Error failure(const QString &what, const QString &why,
                  ErrorCode code = ErrorCode::StoreWrite) const;
    Error readFailure(const QString &why) const;
    Error writeFailure(const QString &why) const;

    std::unique_ptr<Database> m_db;
    std::optional<Transaction> m_transaction;
    // Remembered between requests so that a request neither scans the
    // records for their last position nor reads every scheduled run: valid
    // while data_version stays the same; forgotten on a rollback or a reset
    // (and the runs on any change to them).
    struct Remembered
    {
        qint64 dataVersion = -1;
        std::optional<qint64> lastPosition;
        std::optional<QList<ScheduledRun>> runs;
    };
    mutable Remembered m_remembered;
};

} // namespace gatehouse
