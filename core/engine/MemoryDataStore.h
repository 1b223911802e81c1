#pragma once

#include "DataStore.h"

#include <QHash>

namespace gatehouse {

// Records in memory, with transactions by copy: rollback restores what begin
// saw. For tests, and for questions that must change nothing.
class MemoryDataStore : public DataStore
{
public:
    explicit MemoryDataStore(QList<Record> records = {});

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
    Result<QList<OutboxEmail>> outbox() const override { return m_state.outbox; }
    Result<> appendScheduledRun(const ScheduledRun &run) override;
    Result<> updateScheduledRun(const ScheduledRun &run) override;
    Result<QList<ScheduledRun>> scheduledRuns() const override { return m_state.runs; }
    Result<QList<ScheduledRun>> dueScheduledRuns(const QDateTime &now) const override;

    const QList<Record> &all() const { return m_state.records; }
    const QList<Session> &sessions() const { return m_state.sessions; }

private:
    struct State
    {
        QList<Record> records;
        QList<Session> sessions;
        QList<OutboxEmail> outbox;
        QList<ScheduledRun> runs;
        QHash<QByteArray, QDateTime> tokenUses;
        QHash<QString, QDateTime> credentialsEnded; // by user id
    };
    qsizetype indexOf(const QString &id) const;
    void reindex();
    Session *sessionByHash(const QByteArray &secretHash);

    State m_state;
    std::optional<State> m_savedAtBegin;
    // Each id's first position in m_state.records: the audit and the matrix
    // ask for records by id hundreds of thousands of times on a large project.
    QHash<QString, qsizetype> m_positions;
};

} // namespace gatehouse
