#include "LiveBatch.h"

#include "Database.h"

using namespace Qt::Literals::StringLiterals;

namespace gatehouse {

Result<> LiveBatch::open()
{
    if (m_outer)
        return Error{u"a batch is already open"_s};
    auto begun = Transaction::begin(m_db, Transaction::Behavior::ImmediateWhenUsed);
    if (!begun)
        return begun.error();
    m_outer.emplace(std::move(begun.value()));
    m_used = false;
    m_lost = false;
    return {};
}

// Outside its transaction a SAVEPOINT would start one of its own, and its
// RELEASE would commit a step apart from the batch it was promised to.
Result<> LiveBatch::intact()
{
    if (m_used && !m_db.isInTransaction())
        m_lost = true;
    if (m_lost)
        return Error{u"the batch's transaction was rolled back by SQLite, so the changes of "
                     "every request in it are gone"_s};
    return {};
}

Result<> LiveBatch::beginStep()
{
    if (!m_outer)
        return Error{u"no batch is open"_s};
    if (m_step)
        return Error{u"a transaction is already open"_s};
    if (auto whole = intact(); !whole)
        return whole;
    auto begun = Savepoint::begin(m_db, u"request"_s);
    if (!begun)
        return begun.error();
    m_used = true;
    m_step.emplace(std::move(begun.value()));
    return {};
}

Result<> LiveBatch::keepStep()
{
    if (!m_step)
        return Error{u"no transaction is open"_s};
    Result<> released = m_step->release();
    m_step.reset(); // rolls back when the release failed
    if (!released)
        return released;
    return intact();
}

void LiveBatch::undoStep()
{
    m_step.reset();
}

Result<> LiveBatch::commit()
{
    if (!m_outer)
        return Error{u"no batch is open"_s};
    m_step.reset();
    Result<> whole = intact();
    Transaction outer = std::move(*m_outer);
    m_outer.reset();
    if (!whole)
        return whole; // `outer` rolls back what SQLite may have begun since
    return outer.commit();
}

void LiveBatch::abandon()
{
    m_step.reset();
    m_outer.reset();
}

} // namespace gatehouse
