#include "FailureLatchingStore.h"

namespace gatehouse {

Result<> FailureLatchingStore::begin()
{
    if (m_failure)
        return *m_failure;
    return latch(m_inner.begin());
}

// A request that met a store failure keeps nothing, whatever its steps made
// of the failure.
Result<> FailureLatchingStore::commit()
{
    if (m_failure)
        return *m_failure;
    return latch(m_inner.commit());
}

Result<QList<Record>> FailureLatchingStore::recordsOfType(const QString &type) const
{
    return latch(m_inner.recordsOfType(type));
}

Result<std::optional<Record>> FailureLatchingStore::record(const QString &id) const
{
    return latch(m_inner.record(id));
}

Result<QString> FailureLatchingStore::userEmail(const QString &userId) const
{
    return latch(m_inner.userEmail(userId));
}

Result<bool> FailureLatchingStore::userExists(const QString &userId) const
{
    return latch(m_inner.userExists(userId));
}

Result<> FailureLatchingStore::insert(const Record &record)
{
    return latch(m_inner.insert(record));
}

Result<> FailureLatchingStore::update(const Record &record)
{
    return latch(m_inner.update(record));
}

Result<> FailureLatchingStore::remove(const QString &id)
{
    return latch(m_inner.remove(id));
}

Result<std::optional<Credential>>
FailureLatchingStore::findSession(const QByteArray &secretHash) const
{
    return latch(m_inner.findSession(secretHash));
}

Result<> FailureLatchingStore::insertSession(const Session &session)
{
    return latch(m_inner.insertSession(session));
}

Result<> FailureLatchingStore::touchSession(const QByteArray &secretHash, const QDateTime &when)
{
    return latch(m_inner.touchSession(secretHash, when));
}

Result<> FailureLatchingStore::revokeSessions(const QString &userId, const QByteArray &secretHash,
                                              const QDateTime &when)
{
    return latch(m_inner.revokeSessions(userId, secretHash, when));
}

Result<QList<Session>> FailureLatchingStore::sessionsOf(const QString &userId) const
{
    return latch(m_inner.sessionsOf(userId));
}

Result<> FailureLatchingStore::endCredentials(const QString &userId, const QDateTime &when)
{
    return latch(m_inner.endCredentials(userId, when));
}

Result<std::optional<QDateTime>>
FailureLatchingStore::credentialsEndedAt(const QString &userId) const
{
    return latch(m_inner.credentialsEndedAt(userId));
}

Result<> FailureLatchingStore::touchToken(const QByteArray &secretHash, const QDateTime &when)
{
    return latch(m_inner.touchToken(secretHash, when));
}

Result<std::optional<QDateTime>>
FailureLatchingStore::tokenLastUsed(const QByteArray &secretHash) const
{
    return latch(m_inner.tokenLastUsed(secretHash));
}

Result<> FailureLatchingStore::appendEmail(const OutboxEmail &email)
{
    return latch(m_inner.appendEmail(email));
}

Result<QList<OutboxEmail>> FailureLatchingStore::outbox() const
{
    return latch(m_inner.outbox());
}

Result<> FailureLatchingStore::appendScheduledRun(const ScheduledRun &run)
{
    return latch(m_inner.appendScheduledRun(run));
}

Result<> FailureLatchingStore::updateScheduledRun(const ScheduledRun &run)
{
    return latch(m_inner.updateScheduledRun(run));
}

Result<QList<ScheduledRun>> FailureLatchingStore::scheduledRuns() const
{
    return latch(m_inner.scheduledRuns());
}

Result<QList<ScheduledRun>> FailureLatchingStore::dueScheduledRuns(const QDateTime &now) const
{
    return latch(m_inner.dueScheduledRuns(now));
}

} // namespace gatehouse
