#include "TokenIssuer.h"

#include "TokenSecret.h"

#include "model/DataType.h"

using namespace Qt::Literals::StringLiterals;

namespace gatehouse {

namespace {
void giveSecret(IssuedToken &issued, const IssuedSecret &secret)
{
    issued.token.prefix = secret.prefix;
    issued.token.secretHash = secret.hash;
    issued.secret = secret.secret;
}
} // namespace

Result<IssuedToken> TokenIssuer::issue(const Project &project, const TokenRequest &request,
                                       const QDateTime &now)
{
    const QString name = request.name.trimmed();
    if (name.isEmpty())
        return Error{u"a token needs a name"_s};
    if (project.findToken(name))
        return Error{u"a token named `%1` exists already"_s.arg(name)};
    if (request.kind == TokenKind::User) {
        const Record *user = project.findRecord(request.userId);
        if (!user || user->type != DataType::userTypeName())
            return Error{u"no user has id `%1`"_s.arg(request.userId)};
    }
    if (const QString problem = problemWithScopes(project, request.scopes); !problem.isEmpty())
        return Error{problem};
    if (request.expiresInSeconds && *request.expiresInSeconds <= 0)
        return Error{u"a token's lifetime must be above 0 seconds"_s};
    IssuedToken issued;
    Token &token = issued.token;
    token.name = name;
    token.purpose = request.purpose.trimmed();
    token.kind = request.kind;
    token.userId = request.kind == TokenKind::User ? request.userId : QString();
    token.scopes = request.scopes;
    token.created = now;
    token.lastReviewed = now;
    if (request.expiresInSeconds)
        token.expires = now.addSecs(*request.expiresInSeconds);
    giveSecret(issued, TokenSecret::issue(token.kind));
    return issued;
}

Result<IssuedToken> TokenIssuer::rotate(const Token &token, qint64 graceSeconds,
                                        const QDateTime &now)
{
    if (token.isRevoked())
        return Error{u"token `%1` is revoked; make a new one instead"_s.arg(token.name)};
    if (graceSeconds < 0)
        return Error{u"the grace period cannot be negative"_s};
    IssuedToken issued;
    issued.token = token;
    issued.token.previousSecretHash = graceSeconds > 0 ? token.secretHash : QByteArray();
    issued.token.previousSecretUntil = graceSeconds > 0 ? now.addSecs(graceSeconds) : QDateTime();
    giveSecret(issued, TokenSecret::issue(token.kind));
    return issued;
}

Result<Token> TokenIssuer::revoke(const Token &token, const QDateTime &now)
{
    if (token.isRevoked())
        return Error{u"token `%1` is already revoked"_s.arg(token.name)};
    Token revoked = token;
    revoked.revoked = now;
    return revoked;
}

Token TokenIssuer::review(const Token &token, const QDateTime &now)
{
    Token reviewed = token;
    reviewed.lastReviewed = now;
    return reviewed;
}

Result<Token> TokenIssuer::rescope(const Project &project, const Token &token,
                                   const TokenScopes &scopes)
{
    if (const QString problem = problemWithScopes(project, scopes); !problem.isEmpty())
        return Error{problem};
    Token changed = token;
    changed.scopes = scopes;
    return changed;
}

Result<QString> TokenIssuer::userIdForEmail(const Project &project, const QString &email)
{
    for (const Record &record : project.records) {
        if (record.type == DataType::userTypeName() &&
            record.values.value(u"email"_s).toString().compare(email, Qt::CaseInsensitive) == 0)
            return record.id;
    }
    return Error{u"no user has e-mail address `%1`"_s.arg(email)};
}

QString TokenIssuer::problemWithScopes(const Project &project, const TokenScopes &scopes)
{
    for (const QString &workflow : scopes.workflows) {
        if (!project.findWorkflow(workflow))
            return u"the scopes name workflow `%1`, which does not exist"_s.arg(workflow);
    }
    for (const DataTypeScope &scope : scopes.dataTypes) {
        if (!project.findDataType(scope.dataType))
            return u"the scopes name data type `%1`, which does not exist"_s.arg(scope.dataType);
    }
    return {};
}

} // namespace gatehouse
