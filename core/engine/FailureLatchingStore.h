#pragma once

#include "DataStore.h"

#include <optional>

namespace gatehouse {

// The engine's view of its store during one request: every call goes to the
// store underneath, and the first store failure (a read or write that could
// not be made, Error::isStoreFailure) is kept. Once one is kept, nothing more
// begins or commits, so a failure the request's code read past (a privacy
// rule's condition that read an unreadable record as empty) still refuses it:
// Engine::handle answers 503 (StoreFailure).
class FailureLatchingStore final : public DataStore
{
public:
    explicit FailureLatchingStore(DataStore &inner) : m_inner(inner) {}

    const std::optional<Error> &failure() const { return m_failure; }
    void clearFailure() { m_failure.reset(); }

    Result<> begin() override;
    Result<> commit() override;
    void rollback() override { m_inner.rollback(); }

    Result<QList<Record>> recordsOfType(const QString &type) const override;
    Result<std::optional<Record>> record(const QString &id) const override;
    Result<QString> userEmail(const QString &userId) const override;
    Result<bool> userExists(const QString &userId) const override;
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
    template <typename R>
    R latch(R result) const
    {
        if (result.isStoreFailure() && !m_failure)
            m_failure = result.error();
        return result;
    }

    DataStore &m_inner;
    mutable std::optional<Error> m_failure;
};

} // namespace gatehouse
