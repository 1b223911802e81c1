#include "LiveDataStore.h"

#include "LiveDataReset.h"
#include "LiveRows.h"
#include "RecordRows.h"

using namespace Qt::Literals::StringLiterals;

namespace gatehouse {

namespace {

constexpr int kBusyTimeoutMs = 5000;

} // namespace

LiveDataStore::LiveDataStore(std::unique_ptr<Database> db)
    : m_db(std::move(db)), m_sessions(*m_db), m_tokenUses(*m_db), m_outbox(*m_db), m_runs(*m_db),
      m_batch(*m_db)
{
}

Result<std::unique_ptr<LiveDataStore>> LiveDataStore::open(const QString &path)
{
    auto opened = Database::open(path, Database::OpenMode::ReadWrite);
    if (!opened)
        return Error{u"%1: cannot open the live data (%2)"_s.arg(path, opened.errorMessage())};
    std::unique_ptr<Database> db = std::move(opened.value());
    // Under WAL, synchronous NORMAL makes a commit durable against a crash of
    // the process (the server's or the editor's), which is the promise; only
    // an OS crash or power cut may lose the last commits. FULL would fsync
    // every request.
    for (auto setup : {db->setBusyTimeout(kBusyTimeoutMs), db->enableWal(),
                       db->exec(u"PRAGMA synchronous = NORMAL"_s)}) {
        if (!setup)
            return Error{u"%1: cannot open the live data (%2)"_s.arg(path, setup.errorMessage())};
    }
    std::unique_ptr<LiveDataStore> store(new LiveDataStore(std::move(db)));
    if (auto seeded = store->seed(false); !seeded)
        return seeded.error();
    return store;
}

Error LiveDataStore::failure(const QString &what, const QString &why) const
{
    return LiveRows::failure(*m_db, what, why);
}

// Opening a store for another engine thread while a request holds the write
// lock must not wait for it: whether the data is seeded is read first,
// without a write transaction, and it almost always is.
Result<> LiveDataStore::seed(bool always)
{
    if (!always) {
        const Result<bool> seeded = isSeeded();
        if (!seeded)
            return seeded.error();
        if (seeded.value())
            return {};
    }
    auto transaction = Transaction::begin(*m_db, Transaction::Behavior::Immediate);
    if (!transaction)
        return failure(u"start the live data"_s, transaction.errorMessage());
    const Result<bool> seeded = isSeeded(); // another program may have seeded it meanwhile
    if (!seeded)
        return seeded.error();
    if (seeded.value() && !always)
        return {};
    forgetRemembered();
    if (auto copied = LiveDataReset::copyTestData(*m_db); !copied)
        return failure(u"copy the test data into the live data"_s, copied.errorMessage());
    if (auto committed = transaction.value().commit(); !committed)
        return failure(u"start the live data"_s, committed.errorMessage());
    return {};
}

Result<bool> LiveDataStore::isSeeded() const
{
    auto marker = m_db->prepare(u"SELECT value FROM live_meta WHERE key = 'seeded_at'"_s);
    if (!marker)
        return LiveRows::readFailure(*m_db, marker.errorMessage());
    auto found = marker.value().step();
    if (!found)
        return LiveRows::readFailure(*m_db, found.errorMessage());
    return found.value();
}

Result<> LiveDataStore::resetToTestData()
{
    if (m_transaction || m_batch.isOpen())
        return failure(u"reset the live data"_s, u"a request is under way"_s);
    return seed(true);
}

Result<> LiveDataStore::beginBatch()
{
    if (m_transaction)
        return failure(u"begin a batch"_s, u"a transaction is already open"_s);
    if (auto opened = m_batch.open(); !opened)
        return failure(u"begin a batch"_s, opened.errorMessage());
    return {};
}

Result<> LiveDataStore::commitBatch()
{
    if (auto committed = m_batch.commit(); !committed) {
        forgetRemembered();
        return failure(u"commit the batch of requests"_s, committed.errorMessage());
    }
    return {};
}

Result<> LiveDataStore::makeReadOnly()
{
    if (auto set = m_db->exec(u"PRAGMA query_only = 1"_s); !set)
        return failure(u"open a read connection"_s, set.errorMessage());
    return {};
}

Result<> LiveDataStore::begin()
{
    if (m_batch.isOpen()) {
        if (auto begun = m_batch.beginStep(); !begun)
            return failure(u"begin a request"_s, begun.errorMessage());
        return {};
    }
    if (m_transaction)
        return failure(u"begin a request"_s, u"a transaction is already open"_s);
    // Taken at the request's first statement: one that touches no data
    // (a ping) does no SQLite work at all.
    auto begun = Transaction::begin(*m_db, Transaction::Behavior::ImmediateWhenUsed);
    if (!begun)
        return failure(u"begin a request"_s, begun.errorMessage());
    m_transaction.emplace(std::move(begun.value()));
    return {};
}

Result<> LiveDataStore::commit()
{
    if (m_batch.isOpen()) {
        if (auto kept = m_batch.keepStep(); !kept) {
            forgetRemembered();
            return failure(u"keep the request's changes"_s, kept.errorMessage());
        }
        return {};
    }
    if (!m_transaction)
        return failure(u"commit"_s, u"no transaction is open"_s);
    auto committed = m_transaction->commit();
    m_transaction.reset();
    if (!committed)
        return failure(u"commit the request's changes"_s, committed.errorMessage());
    return {};
}

void LiveDataStore::rollback()
{
    if (m_batch.isOpen())
        m_batch.undoStep();
    m_transaction.reset(); // rolls back
    forgetRemembered();
}

void LiveDataStore::forgetRemembered() const
{
    m_remembered = Remembered{};
}

// Nothing remembered is trusted when the version cannot be read.
void LiveDataStore::checkRemembered() const
{
    qint64 version = -1;
    auto statement = m_db->prepare(u"PRAGMA data_version"_s);
    const Result<> read = LiveRows::eachRow(*m_db, statement, [&](const Statement &row) {
        version = row.columnInt64(0);
        return Result<>();
    });
    if (!read || version < 0 || version != m_remembered.dataVersion)
        forgetRemembered();
    m_remembered.dataVersion = read ? version : -1;
}

// A record that cannot be decoded fails the read: left out, it would read
// as a record that does not exist.
Result<QList<Record>> LiveDataStore::selectRecords(const QString &where, const QString &value) const
{
    QList<Record> records;
    auto statement =
        LiveRows::prepared(*m_db,
                           u"SELECT %1 FROM live_records WHERE %2 = ? ORDER BY position"_s.arg(
                               RecordRows::columns(), where),
                           value);
    const Result<> read = LiveRows::eachRow(*m_db, statement, [&](const Statement &row) {
        auto record = RecordRows::read(row);
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

Result<QList<Record>> LiveDataStore::recordsOfType(const QString &type) const
{
    return selectRecords(u"type"_s, type);
}

Result<std::optional<Record>> LiveDataStore::record(const QString &id) const
{
    const Result<QList<Record>> found = selectRecords(u"id"_s, id);
    if (!found)
        return found.error();
    return found->isEmpty() ? std::nullopt : std::optional<Record>(found->first());
}

Result<std::optional<qint64>> LiveDataStore::positionOf(const QString &id) const
{
    std::optional<qint64> position;
    auto statement =
        LiveRows::prepared(*m_db, u"SELECT position FROM live_records WHERE id = ?"_s, id);
    const Result<> read = LiveRows::eachRow(*m_db, statement, [&](const Statement &row) {
        position = row.columnInt64(0);
        return Result<>();
    });
    if (!read)
        return read.error();
    return position;
}

Result<> LiveDataStore::writeRecord(const Record &record, qint64 position)
{
    auto statement = m_db->prepare(u"INSERT OR REPLACE INTO live_records (%1) VALUES "
                                   "(?, ?, ?, ?, ?, ?, ?, ?)"_s.arg(RecordRows::columns()));
    if (!statement)
        return LiveRows::writeFailure(*m_db, statement.errorMessage());
    RecordRows::bind(statement.value(), record, position);
    if (auto done = statement.value().exec(); !done)
        return LiveRows::writeFailure(*m_db, done.errorMessage());
    return {};
}

// The last position is read once and then counted; read again when another
// connection may have added records (data_version changed) or after a
// rollback. A rolled-back insert may leave a gap, which keeps the order.
Result<qint64> LiveDataStore::nextPosition()
{
    checkRemembered();
    std::optional<qint64> &last = m_remembered.lastPosition;
    if (!last) {
        auto statement = m_db->prepare(u"SELECT COALESCE(MAX(position), -1) FROM live_records"_s);
        if (!statement)
            return LiveRows::readFailure(*m_db, statement.errorMessage());
        auto row = statement.value().step();
        if (!row || !row.value())
            return LiveRows::readFailure(*m_db, row ? u"no last position"_s : row.errorMessage());
        last = statement.value().columnInt64(0);
    }
    return ++*last;
}

Result<> LiveDataStore::insert(const Record &record)
{
    const Result<std::optional<qint64>> existing = positionOf(record.id);
    if (!existing)
        return existing.error();
    if (existing.value())
        return Error{u"a record with id `%1` exists already"_s.arg(record.id),
                     ErrorCode::InvalidInput};
    auto position = nextPosition();
    if (!position)
        return position.error();
    return writeRecord(record, position.value());
}

Result<> LiveDataStore::update(const Record &record)
{
    const Result<std::optional<qint64>> position = positionOf(record.id);
    if (!position)
        return position.error();
    if (!position.value())
        return Error{u"no record with id `%1`"_s.arg(record.id), ErrorCode::NotFound};
    return writeRecord(record, *position.value());
}

Result<> LiveDataStore::remove(const QString &id)
{
    return LiveRows::changeOne(*m_db, u"no record with id `%1`"_s.arg(id),
                               u"DELETE FROM live_records WHERE id = ?"_s, id);
}

Result<std::optional<Credential>> LiveDataStore::findSession(const QByteArray &secretHash) const
{
    return m_sessions.find(secretHash);
}

Result<QList<Session>> LiveDataStore::sessionsOf(const QString &userId) const
{
    return m_sessions.ofUser(userId);
}

Result<> LiveDataStore::endCredentials(const QString &userId, const QDateTime &when)
{
    return m_sessions.endCredentials(userId, when);
}

Result<std::optional<QDateTime>> LiveDataStore::credentialsEndedAt(const QString &userId) const
{
    return m_sessions.credentialsEndedAt(userId);
}

Result<> LiveDataStore::insertSession(const Session &session)
{
    return m_sessions.insert(session);
}

Result<> LiveDataStore::touchSession(const QByteArray &secretHash, const QDateTime &when)
{
    return m_sessions.touch(secretHash, when);
}

Result<> LiveDataStore::revokeSessions(const QString &userId, const QByteArray &secretHash,
                                       const QDateTime &when)
{
    return m_sessions.revoke(userId, secretHash, when);
}

Result<> LiveDataStore::touchToken(const QByteArray &secretHash, const QDateTime &when)
{
    return m_tokenUses.touch(secretHash, when);
}

Result<std::optional<QDateTime>> LiveDataStore::tokenLastUsed(const QByteArray &secretHash) const
{
    return m_tokenUses.lastUsed(secretHash);
}

Result<> LiveDataStore::appendEmail(const OutboxEmail &email)
{
    return m_outbox.append(email);
}

Result<QList<OutboxEmail>> LiveDataStore::outbox() const
{
    return m_outbox.all();
}

Result<> LiveDataStore::appendScheduledRun(const ScheduledRun &run)
{
    m_remembered.pendingRuns.reset();
    return m_runs.append(run);
}

Result<> LiveDataStore::updateScheduledRun(const ScheduledRun &run)
{
    m_remembered.pendingRuns.reset();
    return m_runs.update(run);
}

Result<QList<ScheduledRun>> LiveDataStore::scheduledRuns() const
{
    return m_runs.all();
}

// Every request asks for the due runs: the pending ones are read once (by
// the index on pending runs, never the finished ones) and remembered until
// they change. This connection's own changes forget them at once; another
// program's are seen by data_version, asked each time or at most every
// `m_runsRecheckMs`.
Result<QList<ScheduledRun>> LiveDataStore::dueScheduledRuns(const QDateTime &now) const
{
    const Result<QList<ScheduledRun>> pending = rememberedPendingRuns();
    if (!pending)
        return pending.error();
    QList<ScheduledRun> due;
    for (const ScheduledRun &run : pending.value())
        if (run.isDueAt(now))
            due.append(run);
    return due;
}

Result<QList<ScheduledRun>> LiveDataStore::rememberedPendingRuns() const
{
    if (m_remembered.pendingRuns && m_runsRecheckMs > 0 && m_remembered.runsChecked.isValid() &&
        m_remembered.runsChecked.elapsed() < m_runsRecheckMs)
        return *m_remembered.pendingRuns;
    checkRemembered();
    m_remembered.runsChecked.start();
    if (m_remembered.pendingRuns)
        return *m_remembered.pendingRuns;
    Result<QList<ScheduledRun>> runs = m_runs.pending();
    if (runs) // a failure is not remembered as no runs
        m_remembered.pendingRuns = runs.value();
    return runs;
}

} // namespace gatehouse
