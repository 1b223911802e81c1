#include "TokenRows.h"

#include "Statement.h"
#include "StorageFormat.h"

using namespace Qt::Literals::StringLiterals;

namespace gatehouse {

QString TokenRows::insertTokenSql()
{
    return u"INSERT INTO tokens (position, name, kind, user_id, prefix, secret_hash, created, "
           "expires, last_used, revoked, all_workflows, workflows, all_data_types, private_files, "
           "purpose, last_reviewed, previous_secret_hash, previous_secret_until) "
           "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s;
}

QString TokenRows::insertScopeSql()
{
    return u"INSERT INTO token_data_type_scopes (token_position, position, data_type, can_find, "
           "can_view, can_create, can_modify, can_delete) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"_s;
}

void TokenRows::bindToken(Statement &statement, qint64 position, const Token &token)
{
    statement.bindAll(position, token.name, tokenKindId(token.kind), token.userId, token.prefix,
                      token.secretHash);
    StorageFormat::bindDate(statement, 7, token.created);
    StorageFormat::bindDate(statement, 8, token.expires);
    StorageFormat::bindDate(statement, 9, token.lastUsed);
    StorageFormat::bindDate(statement, 10, token.revoked);
    const TokenScopes &scopes = token.scopes;
    statement.bind(11, scopes.allWorkflows).bind(12, StorageFormat::listText(scopes.workflows));
    statement.bind(13, scopes.allDataTypes).bind(14, scopes.privateFiles);
    statement.bind(15, token.purpose);
    StorageFormat::bindDate(statement, 16, token.lastReviewed);
    statement.bind(17, token.previousSecretHash);
    StorageFormat::bindDate(statement, 18, token.previousSecretUntil);
}

void TokenRows::bindScope(Statement &statement, qint64 tokenPosition, qint64 position,
                          const DataTypeScope &scope)
{
    statement.bindAll(tokenPosition, position, scope.dataType, scope.find, scope.view, scope.create,
                      scope.modify, scope.remove);
}

} // namespace gatehouse
