#include "Transaction.h"

#include "Database.h"

#include <sqlite3.h>

#include <utility>

using namespace Qt::Literals::StringLiterals;

namespace gatehouse {

namespace {

QString beginSql(Transaction::Behavior behavior)
{
    switch (behavior) {
    case Transaction::Behavior::Deferred:
        return u"BEGIN DEFERRED"_s;
    case Transaction::Behavior::Immediate:
    case Transaction::Behavior::ImmediateWhenUsed:
        return u"BEGIN IMMEDIATE"_s;
    case Transaction::Behavior::Exclusive:
        return u"BEGIN EXCLUSIVE"_s;
    }
    return u"BEGIN"_s;
}

} // namespace

Result<Transaction> Transaction::begin(Database &db, Behavior behavior)
{
    if (behavior == Behavior::ImmediateWhenUsed) {
        if (db.isInTransaction())
            return Error{u"cannot start a transaction within a transaction"_s};
        db.deferBegin(beginSql(behavior).toUtf8());
        return Transaction(&db);
    }
    auto begun = db.exec(beginSql(behavior));
    if (!begun)
        return begun.error();
    return Transaction(&db);
}

Transaction::Transaction(Transaction &&other) noexcept : m_db(std::exchange(other.m_db, nullptr)) {}

Transaction::~Transaction()
{
    if (m_db)
        (void)rollback();
}

Result<> Transaction::commit()
{
    if (!m_db)
        return Error{u"the transaction is already finished"_s};
    if (m_db->cancelDeferredBegin()) { // nothing ran in it
        m_db = nullptr;
        return {};
    }
    auto committed = m_db->exec(u"COMMIT"_s);
    if (!committed) {
        // A failed COMMIT (e.g. SQLITE_BUSY) leaves the transaction open:
        // roll it back so nothing half-done lingers on the connection.
        (void)rollback();
        return committed;
    }
    m_db = nullptr;
    return {};
}

Result<> Transaction::rollback()
{
    if (!m_db)
        return Error{u"the transaction is already finished"_s};
    Database *db = std::exchange(m_db, nullptr);
    if (db->cancelDeferredBegin())
        return {};
    // SQLite may already have rolled back on its own (e.g. after SQLITE_FULL).
    if (!db->isInTransaction())
        return {};
    return db->exec(u"ROLLBACK"_s);
}

} // namespace gatehouse
