#pragma once

#include "Database.h"

#include "engine/Credential.h"
#include "model/Record.h"

namespace gatehouse {

// The users of a project file's live data, read without starting it: for
// `token list` and the token manager, which show a user token's state as the
// authenticator reads it (UserStanding). Until a server has started the live
// data, the users are the project's test users.
class LiveUserLookup final : public SessionLookup
{
public:
    explicit LiveUserLookup(Database &db) : m_db(db) {}

    Result<std::optional<Credential>> findSession(const QByteArray &secretHash) const override;
    Result<bool> userExists(const QString &userId) const override;
    Result<std::optional<QDateTime>> credentialsEndedAt(const QString &userId) const override;
    // Every user, in the project's order.
    Result<QList<Record>> users() const;

private:
    Result<bool> liveDataStarted() const;
    Result<QString> usersTable() const;
    Result<bool> anyRow(const QString &sql, const QString &value) const;

    Database &m_db;
};

} // namespace gatehouse
