#include "Principals.h"

#include "ScopeCeiling.h"

using namespace Qt::Literals::StringLiterals;

namespace gatehouse {

Principal Principals::user(const QString &userId)
{
    Principal principal;
    principal.kind = Principal::Kind::User;
    principal.userId = userId;
    principal.tokenName = u"session"_s;
    return principal;
}

Principal Principals::forToken(const Project &project, const Token &token)
{
    return forCredential(project, Credential::fromToken(token));
}

Principal Principals::forCredential(const Project &project, const Credential &credential)
{
    Principal principal;
    principal.kind =
        credential.kind == TokenKind::Admin ? Principal::Kind::Admin : Principal::Kind::User;
    principal.userId = credential.userId;
    principal.tokenName = credential.name;
    principal.tokenPrefix = credential.prefix;
    principal.scopes = ScopeCeiling::effective(project, credential.scopes);
    principal.fromSession = credential.source == Credential::Source::Session;
    return principal;
}

} // namespace gatehouse
