#pragma once

#include "Savepoint.h"
#include "Transaction.h"

#include "model/Result.h"

#include <optional>

namespace gatehouse {

class Database;

// The one transaction a group commit shares among the requests that write
// (server/GroupCommit): BEGIN IMMEDIATE at its first statement, each
// request's own transaction a SAVEPOINT inside it, and one COMMIT for all.
// A step that fails is rolled back to its savepoint alone. When SQLite
// rolls the whole transaction back by itself (a full disk, an I/O error),
// the steps already kept are gone: the batch is lost, and its commit says
// so instead of committing what came after.
class LiveBatch
{
public:
    explicit LiveBatch(Database &db) : m_db(db) {}

    Result<> open();
    bool isOpen() const { return m_outer.has_value(); }
    bool inStep() const { return m_step.has_value(); }

    Result<> beginStep();
    Result<> keepStep();
    void undoStep();

    // Everything the batch's steps kept, or nothing of it.
    Result<> commit();
    void abandon();

private:
    Result<> intact();

    Database &m_db;
    std::optional<Transaction> m_outer;
    std::optional<Savepoint> m_step;
    bool m_used = false; // a step began: the outer transaction is under way
    bool m_lost = false;
};

} // namespace gatehouse
