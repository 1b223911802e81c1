#include "Token.h"

using namespace Qt::Literals::StringLiterals;

namespace gatehouse {

QString tokenKindId(TokenKind kind)
{
    return kind == TokenKind::Admin ? u"admin"_s : u"user"_s;
}

QStringList dataScopeOperations(const DataTypeScope &scope)
{
    QStringList ops;
    if (scope.find)
        ops << u"find"_s;
    if (scope.view)
        ops << u"view"_s;
    if (scope.create)
        ops << u"create"_s;
    if (scope.modify)
        ops << u"modify"_s;
    if (scope.remove)
        ops << u"delete"_s;
    return ops;
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
