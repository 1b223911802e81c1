#pragma once

#include "model/Project.h"
#include "model/Result.h"

#include <QDateTime>
#include <QString>

#include <optional>

namespace gatehouse {

// What a person asks for when making a token, from the command line or the
// token manager.
struct TokenRequest
{
    QString name;
    QString purpose;
    TokenKind kind = TokenKind::Admin;
    QString userId; // the user a user token acts as
    TokenScopes scopes;
    std::optional<qint64> expiresInSeconds; // none: never expires
};

// A token just made or rotated, with the secret to show once. Only `token`
// (which holds the hash, never the secret) may be kept.
struct IssuedToken
{
    Token token;
    QString secret;
};

// Makes tokens and new secrets for them, checked against the project they
// go into, so that the command line and the token manager issue alike.
// Lives beside TokenSecret: a token is a value of the model, but making one
// is making a secret, and nothing above core/crypto should hold a secret's
// bytes longer than it takes to show them.
class TokenIssuer
{
public:
    // Refuses a name another token has, a user who does not exist, a scope
    // naming a workflow or data type the project lacks, or a non-positive
    // expiry. A new token counts as reviewed when it is made.
    static Result<IssuedToken> issue(const Project &project, const TokenRequest &request,
                                     const QDateTime &now);
    // A new secret for the same name and scopes. The old secret keeps
    // working only for `graceSeconds` (0: not at all). A revoked token is
    // never rotated back to life.
    static Result<IssuedToken> rotate(const Token &token, qint64 graceSeconds,
                                      const QDateTime &now);
    // The token revoked at `now`; refuses one revoked already, so the first
    // revocation's time stays.
    static Result<Token> revoke(const Token &token, const QDateTime &now);
    // The token marked reviewed at `now`.
    static Token review(const Token &token, const QDateTime &now);
    // The token with new scopes (narrowed to its use), checked against the
    // project as at issuing.
    static Result<Token> rescope(const Project &project, const Token &token,
                                 const TokenScopes &scopes);
    // The id of the user with this e-mail address, ignoring case.
    static Result<QString> userIdForEmail(const Project &project, const QString &email);

private:
    static QString problemWithScopes(const Project &project, const TokenScopes &scopes);
};

} // namespace gatehouse
