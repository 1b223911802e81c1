#include "LiveSessionRows.h"

#include "LiveRows.h"
#include "StorageFormat.h"

using namespace Qt::Literals::StringLiterals;

namespace gatehouse {

namespace {

const QString kColumns = u"secret_hash, user_id, prefix, created, expires, last_used, revoked"_s;

Result<Session> sessionAt(const Statement &row)
{
    Session session;
    session.secretHash = row.columnBlob(0);
    Credential &credential = session.credential;
    credential.source = Credential::Source::Session;
    credential.name = u"session"_s;
    credential.kind = TokenKind::User;
    credential.userId = row.columnText(1);
    credential.prefix = row.columnText(2);
    QDateTime *dates[] = {&credential.created, &credential.expires, &credential.lastUsed,
                          &credential.revoked};
    for (int i = 0; i < 4; ++i) {
        const Result<QDateTime> date = StorageFormat::readDate(row, 3 + i);
        if (!date)
            return Error{
                u"a session of user `%1`: %2"_s.arg(credential.userId, date.errorMessage())};
        *dates[i] = date.value();
    }
    return session;
}

} // namespace

Result<std::optional<Credential>> LiveSessionRows::find(const QByteArray &secretHash) const
{
    const Result<QList<Session>> found = select(u"secret_hash = ?"_s, secretHash);
    if (!found)
        return found.error();
    if (found->isEmpty())
        return std::optional<Credential>();
    return std::optional(found->first().credential);
}

Result<QList<Session>> LiveSessionRows::ofUser(const QString &userId) const
{
    return select(u"user_id = ? AND revoked IS NULL ORDER BY created, rowid"_s, userId);
}

template <typename Value>
Result<QList<Session>> LiveSessionRows::select(const QString &where, const Value &value) const
{
    QList<Session> sessions;
    auto statement = LiveRows::prepared(
        m_db, u"SELECT %1 FROM live_sessions WHERE %2"_s.arg(kColumns, where), value);
    const Result<> read = LiveRows::eachRow(m_db, statement, [&](const Statement &row) {
        Result<Session> session = sessionAt(row);
        if (!session)
            return Result<>(session.error());
        sessions.append(std::move(session).value());
        return Result<>();
    });
    if (!read)
        return read.error();
    return sessions;
}

Result<> LiveSessionRows::insert(const Session &session)
{
    const Credential &c = session.credential;
    return LiveRows::change(
        m_db, u"INSERT INTO live_sessions (%1) VALUES (?, ?, ?, ?, ?, ?, ?)"_s.arg(kColumns),
        session.secretHash, c.userId, c.prefix, LiveRows::dateValue(c.created),
        LiveRows::dateValue(c.expires), LiveRows::dateValue(c.lastUsed),
        LiveRows::dateValue(c.revoked));
}

Result<> LiveSessionRows::touch(const QByteArray &secretHash, const QDateTime &when)
{
    return LiveRows::changeOne(m_db, u"no such session"_s,
                               u"UPDATE live_sessions SET last_used = ? WHERE secret_hash = ?"_s,
                               StorageFormat::dateText(when), secretHash);
}

Result<> LiveSessionRows::revoke(const QString &userId, const QByteArray &secretHash,
                                 const QDateTime &when)
{
    if (secretHash.isEmpty())
        return LiveRows::change(
            m_db, u"UPDATE live_sessions SET revoked = ? WHERE user_id = ? AND revoked IS NULL"_s,
            StorageFormat::dateText(when), userId);
    return LiveRows::change(
        m_db, u"UPDATE live_sessions SET revoked = ? WHERE secret_hash = ? AND revoked IS NULL"_s,
        StorageFormat::dateText(when), secretHash);
}

Result<> LiveSessionRows::endCredentials(const QString &userId, const QDateTime &when)
{
    return LiveRows::change(
        m_db, u"INSERT OR REPLACE INTO live_credential_ends (user_id, ended) VALUES (?, ?)"_s,
        userId, StorageFormat::dateText(when));
}

Result<std::optional<QDateTime>> LiveSessionRows::credentialsEndedAt(const QString &userId) const
{
    return LiveRows::dateOf(m_db, u"SELECT ended FROM live_credential_ends WHERE user_id = ?"_s,
                            userId, u"when user `%1`'s credentials ended"_s.arg(userId));
}

} // namespace gatehouse
