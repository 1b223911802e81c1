#include "Savepoint.h"

#include "Database.h"

#include <utility>

using namespace Qt::Literals::StringLiterals;

namespace gatehouse {

namespace {

QString identifier(const QString &name)
{
    QString escaped = name;
    escaped.replace(u'"', u"\"\""_s);
    return u'"' + escaped + u'"';
}

} // namespace

Result<Savepoint> Savepoint::begin(Database &db, const QString &name)
{
    auto begun = db.exec(u"SAVEPOINT "_s + identifier(name));
    if (!begun)
        return begun.error();
    return Savepoint(&db, name);
}

Savepoint::Savepoint(Savepoint &&other) noexcept
    : m_db(std::exchange(other.m_db, nullptr)), m_name(std::move(other.m_name))
{
}

Savepoint::~Savepoint()
{
    if (m_db)
        (void)rollback();
}

Result<> Savepoint::release()
{
    if (!m_db)
        return Error{u"the savepoint is already finished"_s};
    auto released = m_db->exec(u"RELEASE "_s + identifier(m_name));
    if (!released)
        return released;
    m_db = nullptr;
    return {};
}

Result<> Savepoint::rollback()
{
    if (!m_db)
        return Error{u"the savepoint is already finished"_s};
    Database *db = std::exchange(m_db, nullptr);
    if (!db->isInTransaction())
        return {};
    auto undone = db->exec(u"ROLLBACK TO "_s + identifier(m_name));
    if (!undone)
        return undone;
    return db->exec(u"RELEASE "_s + identifier(m_name));
}

} // namespace gatehouse
