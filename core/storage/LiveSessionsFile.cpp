#include "LiveSessionsFile.h"

#include "Database.h"
#include "LiveFileOpener.h"
#include "LiveSessionRows.h"
#include "LiveUserLookup.h"
#include "Transaction.h"

using namespace Qt::Literals::StringLiterals;

namespace gatehouse {

Error LiveSessionsFile::fileError(const QString &problem) const
{
    return Error{m_path + u": "_s + problem, ErrorCode::FileAccess};
}

Result<QList<UserSessions>> LiveSessionsFile::read() const
{
    auto opened = LiveFileOpener::open(m_path, Database::OpenMode::ReadOnly);
    if (!opened)
        return fileError(opened.errorMessage());
    Database &db = *opened.value();
    auto transaction = Transaction::begin(db, Transaction::Behavior::Deferred);
    if (!transaction)
        return fileError(transaction.errorMessage());
    const Result<QList<Record>> users = LiveUserLookup(db).users();
    if (!users)
        return fileError(users.errorMessage());
    QList<UserSessions> all;
    const LiveSessionRows sessions(db);
    for (const Record &user : users.value()) {
        const Result<QList<Session>> held = sessions.ofUser(user.id);
        if (!held)
            return fileError(held.errorMessage());
        all.append({user, held.value()});
    }
    return all;
}

Result<> LiveSessionsFile::revoke(const QByteArray &secretHash, const QDateTime &when) const
{
    if (secretHash.isEmpty())
        return Error{u"no session named"_s, ErrorCode::InvalidInput};
    return revokeWhere({}, secretHash, when);
}

Result<> LiveSessionsFile::revokeAllOf(const QString &userId, const QDateTime &when) const
{
    if (userId.isEmpty())
        return Error{u"no user named"_s, ErrorCode::InvalidInput};
    return revokeWhere(userId, {}, when);
}

Result<> LiveSessionsFile::revokeWhere(const QString &userId, const QByteArray &secretHash,
                                       const QDateTime &when) const
{
    auto opened = LiveFileOpener::open(m_path, Database::OpenMode::ReadWrite);
    if (!opened)
        return fileError(opened.errorMessage());
    Database &db = *opened.value();
    auto transaction = Transaction::begin(db, Transaction::Behavior::Immediate);
    if (!transaction)
        return fileError(transaction.errorMessage());
    if (auto revoked = LiveSessionRows(db).revoke(userId, secretHash, when); !revoked)
        return fileError(revoked.errorMessage());
    if (auto committed = transaction.value().commit(); !committed)
        return fileError(committed.errorMessage());
    return {};
}

} // namespace gatehouse
