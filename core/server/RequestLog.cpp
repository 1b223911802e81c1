#include "RequestLog.h"

#include "storage/Database.h"
#include "storage/Transaction.h"

#include "engine/TraceJsonText.h"

#include <QJsonDocument>

#include <sqlite3.h>

using namespace Qt::Literals::StringLiterals;

namespace gatehouse {

namespace {

constexpr int kBusyTimeoutMs = 5000;

Error logError(const QString &path, const QString &what, const QString &why)
{
    return Error{u"%1: cannot %2 the request log (%3)"_s.arg(path, what, why)};
}

RequestLogEntry droppedNote(qint64 dropped, int bound)
{
    RequestLogEntry note;
    note.time = QDateTime::currentDateTimeUtc();
    note.error = u"%1 request(s) not logged: the log fell behind (at most %2 wait to be written)"_s
                     .arg(dropped)
                     .arg(bound);
    return note;
}

QString traceText(const Trace &trace)
{
    return QString::fromUtf8(TraceJsonText::of(trace));
}

// While it lives, a lock held by another connection fails at once instead
// of sleeping in SQLite's busy handler; then the timeout is as it was.
class BusyTimeoutOff
{
public:
    explicit BusyTimeoutOff(Database &db, bool off)
        : m_db(off ? &db : nullptr), m_timeout(db.busyTimeout())
    {
        if (m_db)
            (void)m_db->setBusyTimeout(0);
    }
    ~BusyTimeoutOff()
    {
        if (m_db)
            (void)m_db->setBusyTimeout(m_timeout);
    }
    BusyTimeoutOff(const BusyTimeoutOff &) = delete;
    BusyTimeoutOff &operator=(const BusyTimeoutOff &) = delete;

private:
    Database *m_db;
    int m_timeout;
};

} // namespace

RequestLog::RequestLog(std::unique_ptr<Database> owned, Database &db, int capacity)
    : m_owned(std::move(owned)), m_db(db), m_capacity(capacity)
{
}

RequestLog::~RequestLog()
{
    (void)flush(LockWait::Yes);
}

Result<std::unique_ptr<RequestLog>> RequestLog::open(const QString &path, int capacity)
{
    auto opened = Database::open(path, Database::OpenMode::ReadWrite);
    if (!opened)
        return logError(path, u"open"_s, opened.errorMessage());
    Database &db = *opened.value();
    for (auto setup :
         {db.setBusyTimeout(kBusyTimeoutMs), db.exec(u"PRAGMA synchronous = NORMAL"_s)}) {
        if (!setup)
            return logError(path, u"open"_s, setup.errorMessage());
    }
    return std::unique_ptr<RequestLog>(new RequestLog(std::move(opened.value()), db, capacity));
}

std::unique_ptr<RequestLog> RequestLog::sharing(Database &db, int capacity)
{
    return std::unique_ptr<RequestLog>(new RequestLog(nullptr, db, capacity));
}

void RequestLog::append(RequestLogEntry entry)
{
    m_queue.push(std::move(entry));
}

Result<> RequestLog::flush(LockWait wait)
{
    QList<RequestLogEntry> batch = m_queue.takeAll();
    // The note is not queued: a batch that fails keeps its count, not its line.
    const qint64 dropped = m_unnotedDrops + m_queue.takeNewlyDropped();
    if (batch.isEmpty() && dropped == 0)
        return {};
    const BusyTimeoutOff noWait(m_db, wait == LockWait::No);
    const qint64 before = m_db.statementCount();
    const Result<> written =
        write(dropped > 0 ? QList{droppedNote(dropped, m_queue.bound())} + batch : batch);
    m_statementsRun += m_db.statementCount() - before;
    m_unnotedDrops = written ? 0 : dropped;
    if (!written) {
        m_queue.putBack(std::move(batch));
        // Another program's lock is not a failure: the batch waits for it.
        if (wait == LockWait::No && (m_db.lastErrorCode() & 0xff) == SQLITE_BUSY)
            return {};
        return written;
    }
    return {};
}

Result<> RequestLog::write(const QList<RequestLogEntry> &batch)
{
    auto transaction = Transaction::begin(m_db, Transaction::Behavior::Immediate);
    if (!transaction)
        return logError(m_db.path(), u"write"_s, transaction.errorMessage());
    auto insert = m_db.prepare(
        u"INSERT INTO request_log (time, peer, method, path, principal, status, duration_ms, "
        "handled, error, trace) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
    if (!insert)
        return logError(m_db.path(), u"write"_s, insert.errorMessage());
    for (const RequestLogEntry &entry : batch) {
        insert.value().bindAll(entry.time.toUTC().toString(Qt::ISODateWithMs), entry.peer,
                               entry.method, entry.path, entry.principal, entry.status,
                               entry.durationMs, entry.handled, entry.error,
                               traceText(entry.trace));
        if (auto done = insert.value().exec(); !done)
            return logError(m_db.path(), u"write"_s, done.errorMessage());
    }
    auto trim = m_db.prepare(u"DELETE FROM request_log WHERE id <= "
                             "(SELECT MAX(id) FROM request_log) - ?"_s);
    if (!trim)
        return logError(m_db.path(), u"trim"_s, trim.errorMessage());
    trim.value().bindAll(qint64(qMax(m_capacity.load(), 1)));
    if (auto done = trim.value().exec(); !done)
        return logError(m_db.path(), u"trim"_s, done.errorMessage());
    if (auto committed = transaction.value().commit(); !committed)
        return logError(m_db.path(), u"write"_s, committed.errorMessage());
    return {};
}

Result<QList<RequestLogEntry>> RequestLog::read(const QString &path, int count)
{
    auto opened = Database::open(path, Database::OpenMode::ReadOnly);
    if (!opened)
        return logError(path, u"read"_s, opened.errorMessage());
    Database &db = *opened.value();
    if (auto timeout = db.setBusyTimeout(kBusyTimeoutMs); !timeout)
        return logError(path, u"read"_s, timeout.errorMessage());
    QList<RequestLogEntry> entries;
    // A file from before version 3 has no log yet: an empty one.
    auto exists =
        db.prepare(u"SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'request_log'"_s);
    if (!exists)
        return logError(path, u"read"_s, exists.errorMessage());
    if (auto found = exists.value().step(); !found || !found.value())
        return found ? Result<QList<RequestLogEntry>>(entries)
                     : logError(path, u"read"_s, found.errorMessage());
    auto select = db.prepare(
        u"SELECT time, peer, method, path, principal, status, duration_ms, handled, error, "
        "trace FROM (SELECT * FROM request_log ORDER BY id DESC LIMIT ?) ORDER BY id"_s);
    if (!select)
        return logError(path, u"read"_s, select.errorMessage());
    select.value().bindAll(qint64(count));
    for (;;) {
        auto row = select.value().step();
        if (!row)
            return logError(path, u"read"_s, row.errorMessage());
        if (!row.value())
            return entries;
        const Statement &r = select.value();
        RequestLogEntry entry;
        entry.time = QDateTime::fromString(r.columnText(0), Qt::ISODateWithMs).toUTC();
        entry.peer = r.columnText(1);
        entry.method = r.columnText(2);
        entry.path = r.columnText(3);
        entry.principal = r.columnText(4);
        entry.status = r.columnInt(5);
        entry.durationMs = r.columnInt64(6);
        entry.handled = r.columnBool(7);
        entry.error = r.columnText(8);
        entry.trace = RequestLogEntry::traceFromJson(
            QJsonDocument::fromJson(r.columnText(9).toUtf8()).array());
        entry.simulated = entry.peer == RequestLogEntry::simulatedPeer();
        entries.append(entry);
    }
}

} // namespace gatehouse
