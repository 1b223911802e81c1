#pragma once

#include "model/Token.h"

#include <QDateTime>
#include <QString>

namespace gatehouse {

// A token as authentication sees it, wherever it came from: the token
// manager (the project's tokens) or a user session minted by "Log the user
// in" / "Sign the user up" (live data).
struct Credential
{
    enum class Source
    {
        ProjectToken,
        Session
    };

    Source source = Source::ProjectToken;
    QString name;
    TokenKind kind = TokenKind::Admin;
    QString userId;
    QString prefix;
    QDateTime created;
    QDateTime expires;  // null: never
    QDateTime lastUsed; // null: never used
    QDateTime revoked;  // null: not revoked
    TokenScopes scopes;

    static Credential fromToken(const Token &token);
};

// Finds a user session by the hash of its secret. The engine's live-data
// store implements it over SQLite; tests in memory.
class SessionLookup
{
public:
    virtual ~SessionLookup() = default;
    virtual std::optional<Credential> findSession(const QByteArray &secretHash) const = 0;
    // Whether the user a user token acts as still exists: a deleted user's
    // tokens, the project's and sessions alike, no longer authenticate.
    virtual bool userExists(const QString &userId) const = 0;
    // The e-mail of the user `userId`, to name a caller as people know them.
    virtual QString userEmail(const QString &userId) const
    {
        Q_UNUSED(userId);
        return {};
    }
};

} // namespace gatehouse
