#include "Statement.h"

#include "Database.h"

#include <sqlite3.h>

#include <utility>

using namespace Qt::Literals::StringLiterals;

namespace gatehouse {

Statement::Statement(Database *db, sqlite3_stmt *stmt, QByteArray cacheKey)
    : m_db(db), m_stmt(stmt), m_cacheKey(std::move(cacheKey))
{
}

Statement::Statement(Statement &&other) noexcept
    : m_db(std::exchange(other.m_db, nullptr)), m_stmt(std::exchange(other.m_stmt, nullptr)),
      m_cacheKey(std::move(other.m_cacheKey)), m_bindError(other.m_bindError)
{
}

Statement &Statement::operator=(Statement &&other) noexcept
{
    if (this != &other) {
        giveBack();
        m_db = std::exchange(other.m_db, nullptr);
        m_stmt = std::exchange(other.m_stmt, nullptr);
        m_cacheKey = std::move(other.m_cacheKey);
        m_bindError = other.m_bindError;
    }
    return *this;
}

Statement::~Statement()
{
    giveBack();
}

void Statement::giveBack()
{
    if (m_db)
        m_db->release(std::exchange(m_stmt, nullptr), m_cacheKey);
    else
        sqlite3_finalize(std::exchange(m_stmt, nullptr));
}

void Statement::keepBindError(int rc)
{
    if (rc != SQLITE_OK && m_bindError == SQLITE_OK)
        m_bindError = rc;
}

Statement &Statement::bind(int index, const QString &text)
{
    const QByteArray utf8 = text.toUtf8();
    keepBindError(
        sqlite3_bind_text(m_stmt, index, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT));
    return *this;
}

Statement &Statement::bind(int index, qint64 value)
{
    keepBindError(sqlite3_bind_int64(m_stmt, index, value));
    return *this;
}

Statement &Statement::bind(int index, double value)
{
    keepBindError(sqlite3_bind_double(m_stmt, index, value));
    return *this;
}

Statement &Statement::bind(int index, const QByteArray &blob)
{
    if (blob.isNull())
        return bindNull(index);
    keepBindError(
        sqlite3_bind_blob(m_stmt, index, blob.constData(), int(blob.size()), SQLITE_TRANSIENT));
    return *this;
}

Statement &Statement::bind(int index, const std::optional<QString> &text)
{
    return text ? bind(index, *text) : bindNull(index);
}

Statement &Statement::bindNull(int index)
{
    keepBindError(sqlite3_bind_null(m_stmt, index));
    return *this;
}

Result<bool> Statement::step()
{
    if (m_bindError != SQLITE_OK) {
        const int code = std::exchange(m_bindError, SQLITE_OK);
        return m_db->fail(
            code, u"cannot bind a value: %1"_s.arg(QString::fromUtf8(sqlite3_errstr(code))));
    }
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW)
        return true;
    if (rc == SQLITE_DONE)
        return false;
    Error error = m_db->fail();
    sqlite3_reset(m_stmt);
    return error;
}

Result<> Statement::exec()
{
    for (;;) {
        auto row = step();
        if (!row)
            return row.error();
        if (!row.value())
            break;
    }
    reset();
    return {};
}

void Statement::reset()
{
    sqlite3_reset(m_stmt);
}

void Statement::clearBindings()
{
    sqlite3_clear_bindings(m_stmt);
}

int Statement::columnCount() const
{
    return sqlite3_column_count(m_stmt);
}

bool Statement::columnIsNull(int column) const
{
    return sqlite3_column_type(m_stmt, column) == SQLITE_NULL;
}

QString Statement::columnText(int column) const
{
    const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, column));
    return QString::fromUtf8(text, sqlite3_column_bytes(m_stmt, column));
}

qint64 Statement::columnInt64(int column) const
{
    return sqlite3_column_int64(m_stmt, column);
}

double Statement::columnDouble(int column) const
{
    return sqlite3_column_double(m_stmt, column);
}

QByteArray Statement::columnBlob(int column) const
{
    if (columnIsNull(column))
        return {};
    const auto *data = static_cast<const char *>(sqlite3_column_blob(m_stmt, column));
    const int size = sqlite3_column_bytes(m_stmt, column);
    return size > 0 ? QByteArray(data, size) : QByteArray("");
}

QString Statement::sql() const
{
    return QString::fromUtf8(sqlite3_sql(m_stmt));
}

} // namespace gatehouse
