#pragma once

#include "Database.h"

#include "engine/LiveData.h"

#include <QList>

namespace gatehouse {

// User sessions in `live_sessions`: found by the hash of their secret (an
// index compares it: a caller chooses a secret, never a hash, so the
// comparison's timing tells nothing), listed by user, touched and revoked.
class LiveSessionRows
{
public:
    explicit LiveSessionRows(Database &db) : m_db(db) {}

    Result<std::optional<Credential>> find(const QByteArray &secretHash) const;
    // Not revoked, oldest first.
    Result<QList<Session>> ofUser(const QString &userId) const;
    Result<> insert(const Session &session);
    Result<> touch(const QByteArray &secretHash, const QDateTime &when);
    // Every session of the user when `secretHash` is empty; a revocation stands.
    Result<> revoke(const QString &userId, const QByteArray &secretHash, const QDateTime &when);
    // In `live_credential_ends`: the last time the user's credentials ended.
    Result<> endCredentials(const QString &userId, const QDateTime &when);
    Result<std::optional<QDateTime>> credentialsEndedAt(const QString &userId) const;

private:
    template <typename Value>
    Result<QList<Session>> select(const QString &where, const Value &value) const;

    Database &m_db;
};

} // namespace gatehouse
