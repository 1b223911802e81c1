#include "Token.h"

using namespace Qt::Literals::StringLiterals;

namespace gatehouse {

QString tokenKindId(TokenKind kind)
{
    return kind == TokenKind::Admin ? u"admin"_s : u"user"_s;
}

std::optional<TokenKind> tokenKindFromId(const QString &id)
{
    if (id == u"admin"_s)
        return TokenKind::Admin;
    if (id == u"user"_s)
        return TokenKind::User;
    return std::nullopt;
}

} // namespace gatehouse
