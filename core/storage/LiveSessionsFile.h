#pragma once

#include "engine/LiveData.h"
#include "model/Record.h"
#include "model/Result.h"

#include <QList>
#include <QString>

namespace gatehouse {

class Database;

// One test user of the live data with the sessions it holds.
struct UserSessions
{
    Record user;
    QList<Session> sessions; // not revoked, oldest first
};

// The user sessions of a project file's live data, for the token manager:
// read without starting the live data, and revoked in a transaction of
// their own beside a running server (SQLite's WAL lets both at once), which
// asks the live data on the next request. A revocation is live data, not an
// edit of the project: Undo does not bring a session back.
class LiveSessionsFile
{
public:
    explicit LiveSessionsFile(const QString &path) : m_path(path) {}

    Result<QList<UserSessions>> read() const;
    // One session, named by the hash of its secret.
    Result<> revoke(const QByteArray &secretHash, const QDateTime &when) const;
    // Every session of the user.
    Result<> revokeAllOf(const QString &userId, const QDateTime &when) const;

private:
    Result<> revokeWhere(const QString &userId, const QByteArray &secretHash,
                         const QDateTime &when) const;
    Error fileError(const QString &problem) const;

    QString m_path;
};

} // namespace gatehouse
