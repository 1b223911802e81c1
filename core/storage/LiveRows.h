#pragma once

#include "Database.h"
#include "Statement.h"

#include "model/Result.h"

#include <QDateTime>
#include <QString>

#include <optional>

namespace gatehouse {

// What the readers and writers of the live tables share: statements with
// their values bound, reading every row or failing, and the errors that say
// which file could not be read or written (ErrorCode::StoreRead/StoreWrite).
// The path and SQLite's words stay in the error, for the trace and the log;
// a response body never shows them (StoreFailure).
class LiveRows
{
public:
    template <typename... Values>
    static Result<Statement> prepared(Database &db, const QString &sql, const Values &...values)
    {
        auto statement = db.prepare(sql);
        if (statement)
            statement.value().bindAll(values...);
        return statement;
    }

    // Runs a query and hands each row to `read`, which fails the whole read
    // when it cannot decode the row: a reader answers with every row or an
    // error, never with the rows it managed to read.
    template <typename Read>
    static Result<> eachRow(Database &db, Result<Statement> &prepared, Read read)
    {
        if (!prepared)
            return readFailure(db, prepared.errorMessage());
        Statement &statement = prepared.value();
        for (;;) {
            auto row = statement.step();
            if (!row)
                return readFailure(db, row.errorMessage());
            if (!row.value())
                return {};
            if (Result<> decoded = read(statement); !decoded)
                return readFailure(db, decoded.errorMessage());
        }
    }

    // Runs a statement that changes rows.
    template <typename... Values>
    static Result<> change(Database &db, const QString &sql, const Values &...values)
    {
        auto statement = prepared(db, sql, values...);
        if (!statement)
            return writeFailure(db, statement.errorMessage());
        if (auto done = statement.value().exec(); !done)
            return writeFailure(db, done.errorMessage());
        return {};
    }

    // Requires exactly one changed row, else `missing` (ErrorCode::NotFound).
    template <typename... Values>
    static Result<> changeOne(Database &db, const QString &missing, const QString &sql,
                              const Values &...values)
    {
        if (auto done = change(db, sql, values...); !done)
            return done;
        if (db.changes() != 1)
            return Error{missing, ErrorCode::NotFound};
        return {};
    }

    // The date in the first column of the one row `sql` finds for `key`, or
    // none without a row; `what` names the date in the error for a bad one.
    template <typename Key>
    static Result<std::optional<QDateTime>> dateOf(Database &db, const QString &sql, const Key &key,
                                                   const QString &what)
    {
        std::optional<QDateTime> found;
        auto statement = prepared(db, sql, key);
        const Result<> read = eachRow(db, statement, [&](const Statement &row) {
            const Result<QDateTime> date = readDate(row);
            if (!date)
                return Result<>(Error{what + QStringLiteral(": ") + date.errorMessage()});
            found = date.value();
            return Result<>();
        });
        if (!read)
            return read.error();
        return found;
    }

    // "<path>: cannot <what> (<why>)"
    static Error failure(const Database &db, const QString &what, const QString &why,
                         ErrorCode code = ErrorCode::StoreWrite);
    static Error readFailure(const Database &db, const QString &why);
    static Error writeFailure(const Database &db, const QString &why);
    // NULL for no date, as StorageFormat::bindDate writes it.
    static std::optional<QString> dateValue(const QDateTime &date);

private:
    static Result<QDateTime> readDate(const Statement &row);
};

} // namespace gatehouse
