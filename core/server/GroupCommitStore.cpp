#include "GroupCommitStore.h"

#include "storage/LiveDataStore.h"

using namespace Qt::Literals::StringLiterals;

namespace gatehouse {

GroupCommitStore::GroupCommitStore(LiveDataStore &reader, GroupCommit &writer)
    : m_reader(reader), m_writer(writer)
{
}

// A request is always finished before its store goes; this is the guard
// that never leaves the writer's turn taken.
GroupCommitStore::~GroupCommitStore()
{
    (void)finish();
}

std::optional<Error> GroupCommitStore::finish()
{
    if (m_inTransaction)
        rollback();
    std::optional<Error> failure;
    for (const auto &batch : std::as_const(m_batches)) {
        std::optional<Error> lost = m_writer.waitFor(batch);
        if (lost && !failure)
            failure = lost;
    }
    m_batches.clear();
    return failure;
}

Result<DataStore *> GroupCommitStore::takeWriter() const
{
    std::shared_ptr<GroupCommit::Batch> joined;
    const Result<LiveDataStore *> writer = m_writer.take(&joined);
    if (!writer)
        return writer.error();
    if (m_batches.isEmpty() || m_batches.last() != joined)
        m_batches.append(joined);
    m_held = writer.value();
    return static_cast<DataStore *>(m_held);
}

void GroupCommitStore::passWriter() const
{
    m_held = nullptr;
    m_writer.pass();
}

Result<> GroupCommitStore::refuseWrite()
{
    m_triedToWrite = true;
    return Error{u"a request taken for one that only reads tried to write"_s,
                 ErrorCode::StoreWrite};
}

Result<DataStore *> GroupCommitStore::transactionWriter() const
{
    if (m_held)
        return static_cast<DataStore *>(m_held);
    const Result<DataStore *> writer = takeWriter();
    if (!writer)
        return writer;
    if (auto begun = m_held->begin(); !begun) {
        passWriter();
        return begun.error();
    }
    return writer;
}

Result<> GroupCommitStore::begin()
{
    if (m_inTransaction)
        return Error{u"cannot begin a request: a transaction is already open"_s,
                     ErrorCode::StoreWrite};
    m_inTransaction = true; // the writer is taken at its first statement
    return {};
}

Result<> GroupCommitStore::commit()
{
    if (!m_inTransaction)
        return Error{u"cannot commit: no transaction is open"_s, ErrorCode::StoreWrite};
    m_inTransaction = false;
    if (!m_held)
        return {}; // nothing ran in it
    const Result<> kept = m_held->commit();
    passWriter();
    return kept;
}

void GroupCommitStore::rollback()
{
    m_inTransaction = false;
    if (!m_held)
        return;
    m_held->rollback();
    passWriter();
}

Result<QList<Record>> GroupCommitStore::recordsOfType(const QString &type) const
{
    return read([&](DataStore &store) { return store.recordsOfType(type); });
}

Result<std::optional<Record>> GroupCommitStore::record(const QString &id) const
{
    return read([&](DataStore &store) { return store.record(id); });
}

Result<> GroupCommitStore::insert(const Record &record)
{
    return write([&](DataStore &store) { return store.insert(record); });
}

Result<> GroupCommitStore::update(const Record &record)
{
    return write([&](DataStore &store) { return store.update(record); });
}

Result<> GroupCommitStore::remove(const QString &id)
{
    return write([&](DataStore &store) { return store.remove(id); });
}

Result<std::optional<Credential>> GroupCommitStore::findSession(const QByteArray &secretHash) const
{
    return read([&](DataStore &store) { return store.findSession(secretHash); });
}

Result<> GroupCommitStore::insertSession(const Session &session)
{
    return write([&](DataStore &store) { return store.insertSession(session); });
}

Result<> GroupCommitStore::touchSession(const QByteArray &secretHash, const QDateTime &when)
{
    return write([&](DataStore &store) { return store.touchSession(secretHash, when); });
}

Result<> GroupCommitStore::revokeSessions(const QString &userId, const QByteArray &secretHash,
                                          const QDateTime &when)
{
    return write([&](DataStore &store) { return store.revokeSessions(userId, secretHash, when); });
}

Result<QList<Session>> GroupCommitStore::sessionsOf(const QString &userId) const
{
    return read([&](DataStore &store) { return store.sessionsOf(userId); });
}

Result<> GroupCommitStore::endCredentials(const QString &userId, const QDateTime &when)
{
    return write([&](DataStore &store) { return store.endCredentials(userId, when); });
}

Result<std::optional<QDateTime>> GroupCommitStore::credentialsEndedAt(const QString &userId) const
{
    return read([&](DataStore &store) { return store.credentialsEndedAt(userId); });
}

Result<> GroupCommitStore::touchToken(const QByteArray &secretHash, const QDateTime &when)
{
    return write([&](DataStore &store) { return store.touchToken(secretHash, when); });
}

Result<std::optional<QDateTime>> GroupCommitStore::tokenLastUsed(const QByteArray &secretHash) const
{
    return read([&](DataStore &store) { return store.tokenLastUsed(secretHash); });
}

Result<> GroupCommitStore::appendEmail(const OutboxEmail &email)
{
    return write([&](DataStore &store) { return store.appendEmail(email); });
}

Result<QList<OutboxEmail>> GroupCommitStore::outbox() const
{
    return read([&](DataStore &store) { return store.outbox(); });
}

Result<> GroupCommitStore::appendScheduledRun(const ScheduledRun &run)
{
    return write([&](DataStore &store) { return store.appendScheduledRun(run); });
}

Result<> GroupCommitStore::updateScheduledRun(const ScheduledRun &run)
{
    return write([&](DataStore &store) { return store.updateScheduledRun(run); });
}

Result<QList<ScheduledRun>> GroupCommitStore::scheduledRuns() const
{
    return read([&](DataStore &store) { return store.scheduledRuns(); });
}

Result<QList<ScheduledRun>> GroupCommitStore::dueScheduledRuns(const QDateTime &now) const
{
    return read([&](DataStore &store) { return store.dueScheduledRuns(now); });
}

} // namespace gatehouse
