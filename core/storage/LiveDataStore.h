#pragma once

#include "Database.h"
#include "LiveBatch.h"
#include "LiveOutboxRows.h"
#include "LiveScheduledRunRows.h"
#include "LiveSessionRows.h"
#include "LiveTokenUseRows.h"
#include "Transaction.h"

#include "engine/DataStore.h"

#include <QElapsedTimer>

#include <memory>
#include <optional>

namespace gatehouse {

// The engine's live data in the project file's own tables (`live_*`, see
// docs/project-file.md): test records as requests change them, user sessions,
// token uses, the outbox and scheduled runs. One transaction a request,
// BEGIN IMMEDIATE under WAL, committed before the response goes out, so an
// acknowledged write survives a crash. A save of the document never touches
// these tables. One connection, used by one thread at a time. It keeps the
// records and the transaction; sessions, token uses, the outbox and the
// scheduled runs have their rows' classes (Live*Rows). A read that fails,
// or meets a row it cannot decode, is an error (ErrorCode::StoreRead).
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
    // The connection, for the request log that shares it (one owner, one
    // thread: the two never wait for each other's lock).
    Database &database() { return *m_db; }
    // How long the remembered scheduled runs are answered without asking
    // whether another program changed them (0, the default: asked each
    // time). The server sets a fraction of a second, so that a request that
    // touches no data runs no statement.
    void setRunsRecheckInterval(int milliseconds) { m_runsRecheckMs = milliseconds; }

    // Group commit (server/GroupCommit): while a batch is open, begin(),
    // commit() and rollback() make and keep or undo a savepoint inside it,
    // and nothing is durable until commitBatch() says so.
    Result<> beginBatch();
    Result<> commitBatch();
    bool inBatch() const { return m_batch.isOpen(); }
    // A connection for reads beside the writer: SQLite refuses any write on
    // it (PRAGMA query_only), so a write sent here by mistake fails closed.
    Result<> makeReadOnly();

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
    Result<> endCredentials(const QString &userId, const QDateTime &when) override;
    Result<std::optional<QDateTime>> credentialsEndedAt(const QString &userId) const override;

    Result<> touchToken(const QByteArray &secretHash, const QDateTime &when) override;
    Result<std::optional<QDateTime>> tokenLastUsed(const QByteArray &secretHash) const override;

    Result<> appendEmail(const OutboxEmail &email) override;
    Result<QList<OutboxEmail>> outbox() const override;
    Result<> appendScheduledRun(const ScheduledRun &run) override;
    Result<> updateScheduledRun(const ScheduledRun &run) override;
    Result<QList<ScheduledRun>> scheduledRuns() const override;
    Result<QList<ScheduledRun>> dueScheduledRuns(const QDateTime &now) const override;

private:
    explicit LiveDataStore(std::unique_ptr<Database> db);
    Result<> seed(bool always);
    Result<bool> isSeeded() const;
    Result<std::optional<qint64>> positionOf(const QString &id) const;
    Result<qint64> nextPosition();
    // Forgets what is remembered when another connection has committed since
    // (SQLite's data_version changed) or it cannot tell.
    void checkRemembered() const;
    void forgetRemembered() const;
    Result<QList<ScheduledRun>> rememberedPendingRuns() const;
    Result<> writeRecord(const Record &record, qint64 position);
    Result<QList<Record>> selectRecords(const QString &where, const QString &value) const;
    // "<path>: cannot <what> (<why>)", a store write failure (LiveRows).
    Error failure(const QString &what, const QString &why) const;

    std::unique_ptr<Database> m_db;
    LiveSessionRows m_sessions;
    LiveTokenUseRows m_tokenUses;
    LiveOutboxRows m_outbox;
    LiveScheduledRunRows m_runs;
    std::optional<Transaction> m_transaction;
    LiveBatch m_batch;
    // Remembered between requests so that a request neither scans the
    // records for their last position nor reads the scheduled runs: valid
    // while data_version stays the same; forgotten on a rollback or a reset
    // (and the runs on any change to them).
    struct Remembered
    {
        qint64 dataVersion = -1;
        std::optional<qint64> lastPosition;
        std::optional<QList<ScheduledRun>> pendingRuns; // in the order they were made
        QElapsedTimer runsChecked; // since data_version was last asked for them
    };
    mutable Remembered m_remembered;
    int m_runsRecheckMs = 0;
};

} // namespace gatehouse
