#pragma once

#include "model/Result.h"

namespace gatehouse {

class Database;

// BEGIN on creation, ROLLBACK on destruction unless committed, and never a
// throw. Writers use Immediate: the write lock is taken at BEGIN, so two
// writers under WAL wait on the busy timeout instead of deadlocking while
// upgrading a read lock.
class Transaction
{
public:
    enum class Behavior
    {
        Deferred,
        Immediate,
        Exclusive,
        // BEGIN IMMEDIATE just before the transaction's first statement; one
        // that runs none (a request that reads and writes nothing) touches
        // no lock and no file, and its commit is free.
        ImmediateWhenUsed
    };

    static Result<Transaction> begin(Database &db, Behavior behavior = Behavior::Immediate);
    Transaction(Transaction &&other) noexcept;
    Transaction &operator=(Transaction &&) = delete;
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    Result<> commit();
    Result<> rollback();
    bool isActive() const { return m_db != nullptr; }

private:
    explicit Transaction(Database *db) : m_db(db) {}

    Database *m_db = nullptr; // null once committed or rolled back
};

} // namespace gatehouse
