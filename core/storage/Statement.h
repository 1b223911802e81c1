#pragma once

#include "model/Result.h"

#include <QByteArray>
#include <QString>

#include <optional>

struct sqlite3_stmt;

namespace gatehouse {

class Database;

// A prepared statement. Bind by 1-based index; values are copied into SQLite
// at bind time, so binding a temporary is safe. A bind error is kept and
// returned by the next step(), so binds chain without checks in between.
//
// reset() rewinds the statement to run again and keeps its bindings;
// clearBindings() sets every parameter back to NULL. To run a statement
// again with new values, reset() and bind them all.
class Statement
{
public:
    Statement(Statement &&other) noexcept;
    Statement &operator=(Statement &&other) noexcept;
    ~Statement();
    Statement(const Statement &) = delete;
    Statement &operator=(const Statement &) = delete;

    Statement &bind(int index, const QString &text);
    Statement &bind(int index, const char *) = delete; // say u"..."_s or QByteArray
    Statement &bind(int index, qint64 value);
    Statement &bind(int index, int value) { return bind(index, qint64(value)); }
    Statement &bind(int index, bool value) { return bind(index, qint64(value ? 1 : 0)); }
    Statement &bind(int index, double value);
    Statement &bind(int index, const QByteArray &blob);             // a null QByteArray binds NULL
    Statement &bind(int index, const std::optional<QString> &text); // nullopt binds NULL
    Statement &bindNull(int index);

    // Binds the values to parameters 1..n, after a reset().
    template <typename... Values>
    Statement &bindAll(const Values &...values)
    {
        reset();
        int index = 0;
        (bind(++index, values), ...);
        return *this;
    }

    // true: a row is ready to read; false: the statement is done.
    Result<bool> step();
    // Runs to the end, ignoring any rows, and rewinds for the next run.
    Result<> exec();
    void reset();
    void clearBindings();

    int columnCount() const;
    bool columnIsNull(int column) const;
    QString columnText(int column) const;
    qint64 columnInt64(int column) const;
    int columnInt(int column) const { return int(columnInt64(column)); }
    bool columnBool(int column) const { return columnInt64(column) != 0; }
    double columnDouble(int column) const;
    QByteArray columnBlob(int column) const; // NULL reads as a null QByteArray
    QString sql() const;

private:
    friend class Database;
    Statement(Database *db, sqlite3_stmt *stmt, QByteArray cacheKey);
    void keepBindError(int rc);
    void giveBack();

    Database *m_db = nullptr;
    sqlite3_stmt *m_stmt = nullptr;
    QByteArray m_cacheKey; // the SQL it was prepared from: the database caches it by that
    int m_bindError = 0;
};

} // namespace gatehouse
