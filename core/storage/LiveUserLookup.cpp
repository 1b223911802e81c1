#include "LiveUserLookup.h"

#include "LiveRows.h"
#include "LiveSessionRows.h"
#include "RecordRows.h"

#include "model/DataType.h"

using namespace Qt::Literals::StringLiterals;

namespace gatehouse {

Result<std::optional<Credential>> LiveUserLookup::findSession(const QByteArray &secretHash) const
{
    return LiveSessionRows(m_db).find(secretHash);
}

Result<bool> LiveUserLookup::userExists(const QString &userId) const
{
    const Result<QString> table = usersTable();
    if (!table)
        return table.error();
    return anyRow(u"SELECT 1 FROM %1 WHERE id = ? AND type = '%2'"_s.arg(table.value(),
                                                                         DataType::userTypeName()),
                  userId);
}

Result<QList<Record>> LiveUserLookup::users() const
{
    const Result<QString> table = usersTable();
    if (!table)
        return table.error();
    QList<Record> users;
    auto statement =
        LiveRows::prepared(m_db,
                           u"SELECT %1 FROM %2 WHERE type = ? ORDER BY position, id"_s.arg(
                               RecordRows::columns(), table.value()),
                           DataType::userTypeName());
    const Result<> read = LiveRows::eachRow(m_db, statement, [&](const Statement &row) {
        Result<Record> user = RecordRows::read(row);
        if (!user)
            return Result<>(user.error());
        users.append(user.value());
        return Result<>();
    });
    if (!read)
        return read.error();
    return users;
}

// Until a server has started the live data, its users are the test users.
Result<QString> LiveUserLookup::usersTable() const
{
    const Result<bool> started = liveDataStarted();
    if (!started)
        return started.error();
    return started.value() ? u"live_records"_s : u"records"_s;
}

Result<std::optional<QDateTime>> LiveUserLookup::credentialsEndedAt(const QString &userId) const
{
    return LiveSessionRows(m_db).credentialsEndedAt(userId);
}

Result<bool> LiveUserLookup::liveDataStarted() const
{
    return anyRow(u"SELECT 1 FROM live_meta WHERE key = ?"_s, u"seeded_at"_s);
}

Result<bool> LiveUserLookup::anyRow(const QString &sql, const QString &value) const
{
    bool found = false;
    auto statement = LiveRows::prepared(m_db, sql, value);
    const Result<> read = LiveRows::eachRow(m_db, statement, [&](const Statement &) {
        found = true;
        return Result<>();
    });
    if (!read)
        return read.error();
    return found;
}

} // namespace gatehouse
