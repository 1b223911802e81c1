#pragma once

#include "Project.h"
#include "Result.h"

#include <QStringList>

namespace gatehouse {

// Reads `--scope` values into a token's scopes:
//   workflow:NAME             may call this workflow (repeatable); others refused
//   data:TYPE:OPS             may do OPS (find,view,create,modify,delete) on TYPE;
//                             `read`, from before find and view were apart, is both
//   no-private-files          sees no file fields
// With no --scope at all, the token is unrestricted.
class TokenScopeParser
{
public:
    static Result<TokenScopes> parse(const QStringList &scopes, const Project &project);
    static QString describe(const TokenScopes &scopes);
};

} // namespace gatehouse
