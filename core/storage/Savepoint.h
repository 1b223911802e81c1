#pragma once

#include "model/Result.h"

#include <QString>

namespace gatehouse {

class Database;

// A named, nestable sub-transaction: SAVEPOINT on creation, ROLLBACK TO and
// RELEASE on destruction unless released. Inside a transaction it undoes one
// step without giving up the rest.
class Savepoint
{
public:
    static Result<Savepoint> begin(Database &db, const QString &name);
    Savepoint(Savepoint &&other) noexcept;
    Savepoint &operator=(Savepoint &&) = delete;
    ~Savepoint();
    Savepoint(const Savepoint &) = delete;
    Savepoint &operator=(const Savepoint &) = delete;

    // Keeps the step's changes (they still commit or roll back with the
    // enclosing transaction).
    Result<> release();
    Result<> rollback();
    bool isActive() const { return m_db != nullptr; }

private:
    Savepoint(Database *db, const QString &name) : m_db(db), m_name(name) {}

    Database *m_db = nullptr;
    QString m_name;
};

} // namespace gatehouse
