#include "RequestLog.h"

#include "storage/Database.h"
#include "storage/Transaction.h"

#include <QJsonDocument>

using namespace Qt::Literals::StringLiterals;

namespace gatehouse {

namespace {

constexpr int kBusyTimeoutMs = 5000;

Error logError(const QString &path, const QString &what, const QString &why)
{
    return Error{u"%1: cannot %2 the request log (%3)"_s.arg(path, what, why)};
}

} // namespace

RequestLog::RequestLog(std::unique_ptr<Database> db, int capacity)
    : m_db(std::move(db)), m_capacity(capacity)
{
}

RequestLog::~RequestLog() = default;

Result<std::unique_ptr<RequestLog>> RequestLog::open(const QString &path, int capacity)
{
    auto opened = Database::open(path, Database::OpenMode::ReadWrite);
    if (!opened)
        return logError(path, u"open"_s, opened.errorMessage());
    if (auto timeout = opened.value()->setBusyTimeout(kBusyTimeoutMs); !timeout)
        return logError(path, u"open"_s, timeout.errorMessage());
    return std::unique_ptr<RequestLog>(new RequestLog(std::move(opened.value()), capacity));
}

Result<> RequestLog::append(const RequestLogEntry &entry)
{
    auto transaction = Transaction::begin(*m_db, Transaction::Behavior::Immediate);
    if (!transaction)
        return logError(m_db->path(), u"write"_s, transaction.errorMessage());
    auto insert = m_db->prepare(
        u"INSERT INTO request_log (time, peer, method, path, principal, status, duration_ms, "
        "handled, error, trace) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
    if (!insert)
        return logError(m_db->path(), u"write"_s, insert.errorMessage());
    insert.value().bindAll(
        entry.time.toUTC().toString(Qt::ISODateWithMs), entry.peer, entry.method, entry.path,
        entry.principal, entry.status, entry.durationMs, entry.handled, entry.error,
        QString::fromUtf8(QJsonDocument(entry.trace).toJson(QJsonDocument::Compact)));
    if (auto done = insert.value().exec(); !done)
        return logError(m_db->path(), u"write"_s, done.errorMessage());
    auto trim = m_db->prepare(u"DELETE FROM request_log WHERE id <= "
                              "(SELECT MAX(id) FROM request_log) - ?"_s);
    if (!trim)
        return logError(m_db->path(), u"trim"_s, trim.errorMessage());
    trim.value().bindAll(qint64(qMax(m_capacity, 1)));
    if (auto done = trim.value().exec(); !done)
        return logError(m_db->path(), u"trim"_s, done.errorMessage());
    if (auto committed = transaction.value().commit(); !committed)
        return logError(m_db->path(), u"write"_s, committed.errorMessage());
    return {};
}

Result<QList<RequestLogEntry>> RequestLog::read(const QString &path, int count)
{
    auto opened = Database::open(path, Database::OpenMode::ReadOnly);
    if (!opened)
        return logError(path, u"read"_s, opened.errorMessage());
    Database &db = *opened.value();
    if (auto waiting = db.setBusyTimeout(kBusyTimeoutMs); !waiting)
        return logError(path, u"read"_s, waiting.errorMessage());
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
        entry.trace = QJsonDocument::fromJson(r.columnText(9).toUtf8()).array();
        entries.append(entry);
    }
}

} // namespace gatehouse
