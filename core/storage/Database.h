#pragma once

#include "Statement.h"

#include "model/Result.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>

#include <memory>
#include <utility>

struct sqlite3;
struct sqlite3_stmt;

namespace gatehouse {

// One SQLite connection. Errors come back as values carrying SQLite's own
// message; the extended result code of the last failure stays readable so a
// caller can tell "not a database" from "locked" without parsing words.
// A Database neither copies nor moves: statements and transactions keep a
// pointer to it, and must not outlive it.
//
// Prepared statements are cached by their SQL: a Statement, when destroyed,
// is reset and kept for the next prepare() or exec() of the same text, so a
// request that runs the same queries again compiles none of them.
class Database
{
public:
    enum class OpenMode
    {
        ReadOnly,
        ReadWrite, // the file must exist
        Create,    // read and write, creating the file if it is missing
    };

    static Result<std::unique_ptr<Database>> open(const QString &path, OpenMode mode);
    static Result<std::unique_ptr<Database>> openInMemory();
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    // Runs one or more statements that return no rows.
    Result<> exec(const QString &sql);
    Result<Statement> prepare(const QString &sql);

    // How long a statement waits for another connection's lock before it
    // gives up with SQLITE_BUSY.
    Result<> setBusyTimeout(int milliseconds);
    int busyTimeout() const { return m_busyTimeoutMs; }
    // Write-ahead logging: readers never block the one writer. Persistent.
    Result<> enableWal();
    Result<> setForeignKeys(bool on);

    Result<int> userVersion();
    Result<> setUserVersion(int version);
    Result<qint64> applicationId();
    Result<> setApplicationId(qint32 id);
    // PRAGMA quick_check: an error carrying the first problem found, if any.
    Result<> quickCheck();
    // Copies the whole database into `target` (SQLite's online backup).
    Result<> copyTo(Database &target);

    QString path() const { return m_path; }
    bool isReadOnly() const;
    bool isInTransaction() const;
    qint64 lastInsertRowId() const;
    int changes() const;
    // The extended result code of the last failure on this connection
    // (SQLITE_OK when none), e.g. SQLITE_NOTADB, SQLITE_CORRUPT, SQLITE_BUSY.
    int lastErrorCode() const { return m_lastErrorCode; }
    sqlite3 *handle() const { return m_db; }
    // Statements this connection was asked to run, from its cache or not:
    // how a test tells that a request did no SQLite work.
    qint64 statementCount() const { return m_statementCount; }

    // A BEGIN run just before the next statement, so that a transaction
    // nothing uses costs nothing (Transaction::Behavior::ImmediateWhenUsed).
    void deferBegin(const QByteArray &sql) { m_deferredBegin = sql; }
    // Forgets a deferred BEGIN; true when it had not run yet.
    bool cancelDeferredBegin() { return !std::exchange(m_deferredBegin, {}).isEmpty(); }

    // Records the connection's current failure and returns it as an Error.
    Error fail();
    Error fail(int code, const QString &message);

private:
    friend class Statement;
    Database(sqlite3 *db, const QString &path);
    Result<qint64> pragmaInteger(const QString &name);
    // A compiled statement of `sql`, from the cache or new; null when `sql`
    // holds none. `*single` is false when `sql` holds more than one: the
    // statement is then the first, as sqlite3_prepare_v2 compiles it.
    Result<sqlite3_stmt *> compile(const QByteArray &sql, bool *single);
    // Takes back a statement its owner is done with: reset, and cached
    // under the SQL it was prepared from.
    void release(sqlite3_stmt *stmt, const QByteArray &sql);

    sqlite3 *m_db = nullptr;
    QString m_path;
    int m_lastErrorCode = 0;
    int m_busyTimeoutMs = 0;
    qint64 m_statementCount = 0;
    QByteArray m_deferredBegin;
    QHash<QByteArray, QList<sqlite3_stmt *>> m_cached;
    int m_cachedCount = 0;
};

} // namespace gatehouse
