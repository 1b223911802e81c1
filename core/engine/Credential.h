#pragma once

#include "model/Result.h"
#include "model/Token.h"

#include <QDateTime>
#include <QString>

#include <optional>

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
// store implements it over SQLite; tests in memory. Each answer can fail:
// a lookup that could not be made is never read as "no such session".
class SessionLookup
{
public:
    virtual ~SessionLookup() = default;
    virtual Result<std::optional<Credential>> findSession(const QByteArray &secretHash) const = 0;
    // Whether the user a user token acts as still exists: a deleted user's
    // tokens, the project's and sessions alike, no longer authenticate.
    virtual Result<bool> userExists(const QString &userId) const = 0;
    // When the user's credentials were last ended (a password change or the
    // user's removal): a user token made before then no longer authenticates.
    virtual Result<std::optional<QDateTime>> credentialsEndedAt(const QString &userId) const = 0;
    // The e-mail of the user `userId`, to name a caller as people know them;
    // empty when unknown.
    virtual Result<QString> userEmail(const QString &userId) const
    {
        Q_UNUSED(userId);
        return QString();
    }
};

} // namespace gatehouse
