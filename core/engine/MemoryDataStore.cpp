#include "MemoryDataStore.h"

#include "crypto/TokenSecret.h"

using namespace Qt::Literals::StringLiterals;

namespace gatehouse {

MemoryDataStore::MemoryDataStore(QList<Record> records)
{
    m_state.records = std::move(records);
    reindex();
}

Result<> MemoryDataStore::begin()
{
    if (m_savedAtBegin)
        return Error{u"a transaction is already open"_s, ErrorCode::StoreWrite};
    m_savedAtBegin = m_state;
    return {};
}

Result<> MemoryDataStore::commit()
{
    if (!m_savedAtBegin)
        return Error{u"no transaction is open"_s, ErrorCode::StoreWrite};
    m_savedAtBegin.reset();
    return {};
}

void MemoryDataStore::rollback()
{
    if (m_savedAtBegin) {
        m_state = *std::exchange(m_savedAtBegin, std::nullopt);
        reindex();
    }
}

Result<QList<Record>> MemoryDataStore::recordsOfType(const QString &type) const
{
    QList<Record> out;
    for (const Record &r : m_state.records) {
        if (r.type == type)
            out.append(r);
    }
    return out;
}

Result<std::optional<Record>> MemoryDataStore::record(const QString &id) const
{
    const qsizetype i = indexOf(id);
    return i < 0 ? std::nullopt : std::optional<Record>(m_state.records.at(i));
}

Result<> MemoryDataStore::insert(const Record &record)
{
    if (indexOf(record.id) >= 0)
        return Error{u"a record with id `%1` exists already"_s.arg(record.id),
                     ErrorCode::InvalidInput};
    m_positions.insert(record.id, m_state.records.size());
    m_state.records.append(record);
    return {};
}

Result<> MemoryDataStore::update(const Record &record)
{
    const qsizetype i = indexOf(record.id);
    if (i < 0)
        return Error{u"no record with id `%1`"_s.arg(record.id), ErrorCode::NotFound};
    m_state.records[i] = record;
    return {};
}

Result<> MemoryDataStore::remove(const QString &id)
{
    const qsizetype i = indexOf(id);
    if (i < 0)
        return Error{u"no record with id `%1`"_s.arg(id), ErrorCode::NotFound};
    m_state.records.removeAt(i);
    reindex(); // the later records moved up
    return {};
}

Result<std::optional<Credential>> MemoryDataStore::findSession(const QByteArray &secretHash) const
{
    for (const Session &session : m_state.sessions) {
        if (TokenSecret::hashesEqual(session.secretHash, secretHash))
            return std::optional<Credential>(session.credential);
    }
    return std::optional<Credential>();
}

Result<QList<Session>> MemoryDataStore::sessionsOf(const QString &userId) const
{
    QList<Session> sessions;
    for (const Session &session : m_state.sessions) {
        if (session.credential.userId == userId && !session.credential.revoked.isValid())
            sessions.append(session);
    }
    return sessions;
}

Result<> MemoryDataStore::insertSession(const Session &session)
{
    m_state.sessions.append(session);
    return {};
}

Result<> MemoryDataStore::touchSession(const QByteArray &secretHash, const QDateTime &when)
{
    Session *session = sessionByHash(secretHash);
    if (!session)
        return Error{u"no such session"_s, ErrorCode::NotFound};
    session->credential.lastUsed = when;
    return {};
}

Result<> MemoryDataStore::revokeSessions(const QString &userId, const QByteArray &secretHash,
                                         const QDateTime &when)
{
    for (Session &session : m_state.sessions) {
        const bool chosen = secretHash.isEmpty()
                                ? session.credential.userId == userId
                                : TokenSecret::hashesEqual(session.secretHash, secretHash);
        if (chosen && !session.credential.revoked.isValid())
            session.credential.revoked = when;
    }
    return {};
}

Result<> MemoryDataStore::endCredentials(const QString &userId, const QDateTime &when)
{
    m_state.credentialsEnded.insert(userId, when);
    return {};
}

Result<std::optional<QDateTime>> MemoryDataStore::credentialsEndedAt(const QString &userId) const
{
    const auto found = m_state.credentialsEnded.constFind(userId);
    if (found == m_state.credentialsEnded.constEnd())
        return std::optional<QDateTime>();
    return std::optional(*found);
}

Result<> MemoryDataStore::touchToken(const QByteArray &secretHash, const QDateTime &when)
{
    m_state.tokenUses.insert(secretHash, when);
    return {};
}

Result<std::optional<QDateTime>> MemoryDataStore::tokenLastUsed(const QByteArray &secretHash) const
{
    const auto found = m_state.tokenUses.constFind(secretHash);
    if (found == m_state.tokenUses.constEnd())
        return std::optional<QDateTime>();
    return std::optional<QDateTime>(*found);
}

Result<> MemoryDataStore::appendEmail(const OutboxEmail &email)
{
    m_state.outbox.append(email);
    return {};
}

Result<> MemoryDataStore::appendScheduledRun(const ScheduledRun &run)
{
    m_state.runs.append(run);
    return {};
}

Result<QList<ScheduledRun>> MemoryDataStore::dueScheduledRuns(const QDateTime &now) const
{
    QList<ScheduledRun> due;
    for (const ScheduledRun &run : m_state.runs)
        if (run.isDueAt(now))
            due.append(run);
    return due;
}

Result<> MemoryDataStore::updateScheduledRun(const ScheduledRun &run)
{
    for (ScheduledRun &existing : m_state.runs) {
        if (existing.id == run.id) {
            existing = run;
            return {};
        }
    }
    return Error{u"no scheduled run `%1`"_s.arg(run.id), ErrorCode::NotFound};
}

Session *MemoryDataStore::sessionByHash(const QByteArray &secretHash)
{
    for (Session &session : m_state.sessions) {
        if (TokenSecret::hashesEqual(session.secretHash, secretHash))
            return &session;
    }
    return nullptr;
}

qsizetype MemoryDataStore::indexOf(const QString &id) const
{
    return m_positions.value(id, -1);
}

void MemoryDataStore::reindex()
{
    m_positions.clear();
    m_positions.reserve(m_state.records.size());
    // Backwards, so of two records with one id the first is found, as a scan finds it.
    for (qsizetype i = m_state.records.size() - 1; i >= 0; --i)
        m_positions.insert(m_state.records.at(i).id, i);
}

} // namespace gatehouse
