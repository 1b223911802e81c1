#include "LiveUserLookup.h"

#include "LiveRows.h"
#include "LiveSessionRows.h"

#include "model/DataType.h"

using namespace Qt::Literals::StringLiterals;

namespace gatehouse {

Result<std::optional<Credential>> LiveUserLookup::findSession(const QByteArray &secretHash) const
{
    return LiveSessionRows(m_db).find(secretHash);
}

Result<bool> LiveUserLookup::userExists(const QString &userId) const
{
    const Result<bool> started = liveDataStarted();
    if (!started)
        return started.error();
    const QString table = started.value() ? u"live_records"_s : u"records"_s;
    return anyRow(
        u"SELECT 1 FROM %1 WHERE id = ? AND type = '%2'"_s.arg(table, DataType::userTypeName()),
        userId);
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
