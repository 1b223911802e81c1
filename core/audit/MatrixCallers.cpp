#include "MatrixCallers.h"

#include "crypto/TokenSecret.h"
#include "engine/Authenticator.h"
#include "engine/Principals.h"

using namespace Qt::Literals::StringLiterals;

namespace gatehouse::audit {

QList<MatrixCaller> MatrixCallers::of(Project &project, const DataStore &store, const Clock &clock)
{
    QList<MatrixCaller> callers{anonymous()};
    for (const Record &record : std::as_const(project.records)) {
        if (record.type == DataType::userTypeName())
            callers << user(record);
    }
    QStringList secrets;
    for (Token &token : project.tokens) {
        const IssuedSecret issued = TokenSecret::issue(token.kind);
        token.secretHash = issued.hash;
        secrets << issued.secret;
    }
    for (qsizetype i = 0; i < project.tokens.size(); ++i)
        callers << token(project, project.tokens.at(i), secrets.at(i), store, clock);
    return callers;
}

MatrixCaller MatrixCallers::anonymous()
{
    return {{MatrixPrincipal::Kind::Anonymous, u"anonymous"_s}, Principals::anonymous(), {}};
}

MatrixCaller MatrixCallers::user(const Record &record)
{
    Principal principal = Principals::user(record.id);
    principal.userEmail = record.values.value(u"email"_s).toString();
    const QString name = principal.userEmail.isEmpty() ? record.id : principal.userEmail;
    return {{MatrixPrincipal::Kind::User, name}, principal, {}};
}

MatrixCaller MatrixCallers::role(const MatrixRole &role, const Record &user)
{
    return {{MatrixPrincipal::Kind::Role, role.name()}, Principals::user(user.id), {}};
}

MatrixCaller MatrixCallers::token(const Project &project, const Token &token, const QString &secret,
                                  const DataStore &store, const Clock &clock)
{
    MatrixCaller caller;
    caller.row = {MatrixPrincipal::Kind::Token, token.name};
    caller.request =
        EngineRequest::make("GET", u"/"_s, {}, {{"Authorization", "Bearer " + secret.toUtf8()}});
    Trace trace;
    const auto outcome = Authenticator(project, &store, clock).authenticate(caller.request, trace);
    if (const auto *principal = std::get_if<Principal>(&outcome))
        caller.principal = *principal;
    return caller;
}

} // namespace gatehouse::audit
