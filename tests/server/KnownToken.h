#pragma once

#include "crypto/TokenSecret.h"
#include "model/Token.h"

#include <functional>

namespace gatehouse::test {

// A token with a fresh secret that the test keeps, for calls over HTTP: the
// project holds only the hash. `shape` narrows it (scopes, expiry, ...).
inline Token knownToken(const QString &name, TokenKind kind, const QString &userId,
                        const QDateTime &created, QString *secret,
                        const std::function<void(Token &)> &shape = {})
{
    const IssuedSecret issued = TokenSecret::issue(kind);
    Token token;
    token.name = name;
    token.kind = kind;
    token.userId = userId;
    token.prefix = issued.prefix;
    token.secretHash = issued.hash;
    token.created = created;
    if (shape)
        shape(token);
    *secret = issued.secret;
    return token;
}

} // namespace gatehouse::test
