#include "Credential.h"

namespace gatehouse {

Credential Credential::fromToken(const Token &token)
{
    Credential c;
    c.source = Source::ProjectToken;
    c.name = token.name;
    c.kind = token.kind;
    c.userId = token.userId;
    c.prefix = token.prefix;
    c.created = token.created;
    c.expires = token.expires;
    c.lastUsed = token.lastUsed;
    c.revoked = token.revoked;
    c.scopes = token.scopes;
    return c;
}

} // namespace gatehouse
