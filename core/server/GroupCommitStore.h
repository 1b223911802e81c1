#pragma once

#include "GroupCommit.h"

#include "engine/DataStore.h"
#include "storage/LiveDataStore.h"

#include <QList>

#include <memory>
#include <optional>
#include <type_traits>

namespace gatehouse {

// The live data as one request sees it on the test server: its reads on a
// connection of its own beside the writer (WAL), its transactions on the
// one writer of the group commit (GroupCommit), taken at the transaction's
// first statement, so a request that writes nothing never waits for one
// that does. A write outside a transaction is a transaction of its own on
// the writer; once the request has written, its reads go to the writer
// too, which alone sees its changes before the batch commits. What writes
// is whatever the engine puts in a transaction: nothing here guesses.
// finish() waits until the request's batches are committed.
class GroupCommitStore final : public DataStore
{
public:
    GroupCommitStore(LiveDataStore &reader, GroupCommit &writer);
    ~GroupCommitStore() override;

    LiveDataStore &reader() { return m_reader; }
    // For a request that only reads: everything on the read connection,
    // and a write refused (triedToWrite() then says so).
    void setReadOnly(bool readOnly)
    {
        m_readOnly = readOnly;
        m_triedToWrite = false;
    }
    bool triedToWrite() const { return m_triedToWrite; }
    // After the request: waits until every batch it wrote in is committed,
    // and gives the first one's failure: then none of its writes is kept.
    std::optional<Error> finish();

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
    // The writer, held until the transaction ends, inside its savepoint.
    Result<DataStore *> transactionWriter() const;
    Result<DataStore *> takeWriter() const;
    void passWriter() const;
    Result<> refuseWrite();

    template <typename Work>
    std::invoke_result_t<Work, DataStore &> read(Work work) const
    {
        if (!m_readOnly && (m_inTransaction || !m_batches.isEmpty()))
            return onWriter(work);
        return work(static_cast<DataStore &>(m_reader));
    }
    template <typename Work>
    Result<> write(Work work)
    {
        if (m_readOnly)
            return refuseWrite();
        if (m_inTransaction)
            return onWriter(work);
        if (auto begun = begin(); !begun)
            return begun;
        Result<> done = onWriter(work);
        if (!done) {
            rollback();
            return done;
        }
        return commit();
    }
    template <typename Work>
    std::invoke_result_t<Work, DataStore &> onWriter(Work work) const
    {
        const Result<DataStore *> writer = m_inTransaction ? transactionWriter() : takeWriter();
        if (!writer)
            return writer.error();
        auto done = work(*writer.value());
        if (!m_inTransaction)
            passWriter();
        return done;
    }

    LiveDataStore &m_reader;
    GroupCommit &m_writer;
    bool m_inTransaction = false;
    bool m_readOnly = false;
    bool m_triedToWrite = false;
    mutable LiveDataStore *m_held = nullptr; // the writer, while this request has the turn
    mutable QList<std::shared_ptr<GroupCommit::Batch>> m_batches; // those it joined
};

} // namespace gatehouse
