#include "Database.h"

#include "Statement.h"

#include <QFile>

#include <sqlite3.h>

using namespace Qt::Literals::StringLiterals;

namespace gatehouse {

namespace {

int openFlags(Database::OpenMode mode)
{
    switch (mode) {
    case Database::OpenMode::ReadOnly:
        return SQLITE_OPEN_READONLY;
    case Database::OpenMode::ReadWrite:
        return SQLITE_OPEN_READWRITE;
    case Database::OpenMode::Create:
        return SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE;
    }
    return SQLITE_OPEN_READONLY;
}

// Enough for every distinct query of the live data and the project file;
// past it a released statement is finalized.
constexpr int kMaxCachedStatements = 96;
// Copies of one statement in use at once (a query inside another's loop).
constexpr int kMaxCopiesOfOne = 4;

bool onlySpaceLeft(const char *tail)
{
    for (; tail && *tail; ++tail) {
        if (*tail != ' ' && *tail != '\n' && *tail != '\t' && *tail != '\r' && *tail != ';')
            return false;
    }
    return true;
}

} // namespace

Database::Database(sqlite3 *db, const QString &path) : m_db(db), m_path(path) {}

Database::~Database()
{
    for (const QList<sqlite3_stmt *> &statements : std::as_const(m_cached)) {
        for (sqlite3_stmt *stmt : statements)
            sqlite3_finalize(stmt);
    }
    // Statements still owned are finalized by their owners first; close_v2
    // copes if not.
    sqlite3_close_v2(m_db);
}

Result<sqlite3_stmt *> Database::compile(const QByteArray &sql, bool *single)
{
    *single = true;
    ++m_statementCount;
    if (!m_deferredBegin.isEmpty()) {
        const QByteArray begin = std::exchange(m_deferredBegin, {});
        ++m_statementCount;
        if (sqlite3_exec(m_db, begin.constData(), nullptr, nullptr, nullptr) != SQLITE_OK)
            return fail();
    }
    if (auto cached = m_cached.find(sql); cached != m_cached.end() && !cached->isEmpty()) {
        --m_cachedCount;
        return cached->takeLast();
    }
    sqlite3_stmt *stmt = nullptr;
    const char *tail = nullptr;
    if (sqlite3_prepare_v2(m_db, sql.constData(), int(sql.size()), &stmt, &tail) != SQLITE_OK)
        return fail();
    *single = onlySpaceLeft(tail);
    return stmt;
}

void Database::release(sqlite3_stmt *stmt, const QByteArray &sql)
{
    if (!stmt)
        return;
    if (sql.isEmpty()) {
        sqlite3_finalize(stmt);
        return;
    }
    sqlite3_reset(stmt);
    sqlite3_clear_bindings(stmt);
    QList<sqlite3_stmt *> &same = m_cached[sql];
    if (m_cachedCount >= kMaxCachedStatements || same.size() >= kMaxCopiesOfOne) {
        sqlite3_finalize(stmt);
        return;
    }
    same.append(stmt);
    ++m_cachedCount;
}

Result<std::unique_ptr<Database>> Database::open(const QString &path, OpenMode mode)
{
    sqlite3 *db = nullptr;
    const int rc = sqlite3_open_v2(QFile::encodeName(path).constData(), &db,
                                   openFlags(mode) | SQLITE_OPEN_NOMUTEX, nullptr);
    if (rc != SQLITE_OK) {
        const QString message =
            db ? QString::fromUtf8(sqlite3_errmsg(db)) : QString::fromUtf8(sqlite3_errstr(rc));
        sqlite3_close_v2(db);
        return Error{message, ErrorCode::FileAccess};
    }
    sqlite3_extended_result_codes(db, 1);
    return std::unique_ptr<Database>(new Database(db, path));
}

Result<std::unique_ptr<Database>> Database::openInMemory()
{
    return open(u":memory:"_s, OpenMode::Create);
}

Error Database::fail()
{
    return fail(sqlite3_extended_errcode(m_db), QString::fromUtf8(sqlite3_errmsg(m_db)));
}

Error Database::fail(int code, const QString &message)
{
    m_lastErrorCode = code;
    return Error{message};
}

Result<> Database::exec(const QString &sql)
{
    const QByteArray utf8 = sql.toUtf8();
    bool single = true;
    auto compiled = compile(utf8, &single);
    if (!compiled)
        return compiled.error();
    if (single) {
        if (!compiled.value()) // nothing but space
            return {};
        Statement statement(this, compiled.value(), utf8);
        return statement.exec();
    }
    sqlite3_finalize(compiled.value());
    char *message = nullptr;
    const int rc = sqlite3_exec(m_db, utf8.constData(), nullptr, nullptr, &message);
    if (rc == SQLITE_OK)
        return {};
    const QString text =
        message ? QString::fromUtf8(message) : QString::fromUtf8(sqlite3_errstr(rc));
    sqlite3_free(message);
    return fail(sqlite3_extended_errcode(m_db), text);
}

Result<Statement> Database::prepare(const QString &sql)
{
    const QByteArray utf8 = sql.toUtf8();
    bool single = true;
    auto compiled = compile(utf8, &single);
    if (!compiled)
        return compiled.error();
    if (!compiled.value())
        return fail(SQLITE_MISUSE, u"no SQL statement to prepare"_s);
    // Only a statement that is the whole text is cached: exec() of a text
    // that holds more must run them all.
    return Statement(this, compiled.value(), single ? utf8 : QByteArray());
}

Result<> Database::setBusyTimeout(int milliseconds)
{
    if (sqlite3_busy_timeout(m_db, milliseconds) != SQLITE_OK)
        return fail();
    m_busyTimeoutMs = milliseconds;
    return {};
}

Result<> Database::enableWal()
{
    auto statement = prepare(u"PRAGMA journal_mode = WAL"_s);
    if (!statement)
        return statement.error();
    auto row = statement.value().step();
    if (!row)
        return row.error();
    if (!row.value() || statement.value().columnText(0).toLower() != u"wal"_s)
        return fail(SQLITE_ERROR, u"the database cannot use write-ahead logging"_s);
    return {};
}

Result<> Database::setForeignKeys(bool on)
{
    return exec(on ? u"PRAGMA foreign_keys = ON"_s : u"PRAGMA foreign_keys = OFF"_s);
}

Result<qint64> Database::pragmaInteger(const QString &name)
{
    auto statement = prepare(u"PRAGMA "_s + name);
    if (!statement)
        return statement.error();
    auto row = statement.value().step();
    if (!row)
        return row.error();
    if (!row.value())
        return fail(SQLITE_ERROR, u"PRAGMA %1 returned nothing"_s.arg(name));
    return statement.value().columnInt64(0);
}

Result<int> Database::userVersion()
{
    auto version = pragmaInteger(u"user_version"_s);
    if (!version)
        return version.error();
    return int(version.value());
}

Result<> Database::setUserVersion(int version)
{
    return exec(u"PRAGMA user_version = %1"_s.arg(version));
}

Result<qint64> Database::applicationId()
{
    return pragmaInteger(u"application_id"_s);
}

Result<> Database::setApplicationId(qint32 id)
{
    return exec(u"PRAGMA application_id = %1"_s.arg(id));
}

Result<> Database::quickCheck()
{
    auto statement = prepare(u"PRAGMA quick_check(1)"_s);
    if (!statement)
        return statement.error();
    auto row = statement.value().step();
    if (!row)
        return row.error();
    const QString verdict = row.value() ? statement.value().columnText(0) : QString();
    if (verdict != u"ok"_s)
        return fail(SQLITE_CORRUPT, verdict.isEmpty() ? u"integrity check failed"_s : verdict);
    return {};
}

Result<> Database::copyTo(Database &target)
{
    sqlite3_backup *backup = sqlite3_backup_init(target.m_db, "main", m_db, "main");
    if (!backup)
        return fail(sqlite3_extended_errcode(target.m_db),
                    QString::fromUtf8(sqlite3_errmsg(target.m_db)));
    const int stepped = sqlite3_backup_step(backup, -1);
    const int finished = sqlite3_backup_finish(backup);
    if (stepped != SQLITE_DONE)
        return fail(stepped, QString::fromUtf8(sqlite3_errstr(stepped)));
    if (finished != SQLITE_OK)
        return fail(finished, QString::fromUtf8(sqlite3_errstr(finished)));
    return {};
}

bool Database::isReadOnly() const
{
    return sqlite3_db_readonly(m_db, "main") == 1;
}

bool Database::isInTransaction() const
{
    return sqlite3_get_autocommit(m_db) == 0;
}

qint64 Database::lastInsertRowId() const
{
    return sqlite3_last_insert_rowid(m_db);
}

int Database::changes() const
{
    return sqlite3_changes(m_db);
}

} // namespace gatehouse
