#include "TokenCommand.h"

#include "TokenScopeParser.h"

#include "crypto/TokenSecret.h"
#include "engine/CredentialState.h"
#include "model/DataType.h"
#include "storage/ProjectFile.h"

using namespace Qt::Literals::StringLiterals;

namespace gatehouse::cli {

namespace {
QString when(const QDateTime &time, const QString &otherwise)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODate) : otherwise;
}
} // namespace

QString TokenCommand::name() const
{
    return u"token"_s;
}

QString TokenCommand::synopsis() const
{
    return u"token create PROJECT --name NAME (--admin | --user EMAIL) [--expires-in SECONDS] "
           "[--scope SCOPE]...\n  token list PROJECT\n  token revoke PROJECT NAME"_s;
}

QString TokenCommand::summary() const
{
    return u"Make, list and revoke tokens; a new secret is printed once, as the last line. "
           "SCOPE: workflow:NAME, data:TYPE:read,create,modify,delete, no-private-files."_s;
}

int TokenCommand::run(const QStringList &arguments, Console &console)
{
    QString error;
    const auto args =
        Arguments::parse(arguments, {u"--name"_s, u"--user"_s, u"--expires-in"_s, u"--scope"_s},
                         {u"--admin"_s}, &error);
    if (!args)
        return fail(console, error, UsageError);
    const QString action = args->positionals().value(0);
    if (action == u"create"_s && args->positionals().size() == 2)
        return create(*args, console);
    if (action == u"list"_s && args->positionals().size() == 2)
        return list(*args, console);
    if (action == u"revoke"_s && args->positionals().size() == 3)
        return revoke(*args, console);
    return fail(console, u"usage: gatehouse-cli "_s + synopsis(), UsageError);
}

int TokenCommand::create(const Arguments &args, Console &console)
{
    const QString path = args.positionals().at(1);
    const QString tokenName = args.value(u"--name"_s).trimmed();
    const bool admin = args.has(u"--admin"_s);
    if (tokenName.isEmpty() || admin == args.has(u"--user"_s))
        return fail(console, u"token create needs --name and one of --admin or --user EMAIL"_s,
                    UsageError);
    auto project = ProjectFile::load(path);
    if (!project)
        return fail(console, project.errorMessage());
    Token token;
    token.name = tokenName;
    token.kind = admin ? TokenKind::Admin : TokenKind::User;
    if (!admin) {
        auto userId = userIdFor(project.value(), args.value(u"--user"_s));
        if (!userId)
            return fail(console, path + u": "_s + userId.errorMessage());
        token.userId = userId.value();
    }
    auto scopes = TokenScopeParser::parse(args.values(u"--scope"_s), project.value());
    if (!scopes)
        return fail(console, scopes.errorMessage(), UsageError);
    token.scopes = scopes.value();
    token.created = QDateTime::currentDateTimeUtc();
    if (args.has(u"--expires-in"_s)) {
        bool ok = false;
        const qint64 seconds = args.value(u"--expires-in"_s).toLongLong(&ok);
        if (!ok || seconds <= 0)
            return fail(console, u"--expires-in takes a number of seconds above 0"_s, UsageError);
        token.expires = token.created.addSecs(seconds);
    }
    const IssuedSecret issued = TokenSecret::issue(token.kind);
    token.prefix = issued.prefix;
    token.secretHash = issued.hash;
    Project changed = project.value();
    changed.tokens.append(token);
    if (auto saved = ProjectFile::save(changed, path); !saved)
        return fail(console, saved.errorMessage());
    console.out << u"created %1 token `%2` (%3) in %4\nscopes: %5\nexpires: %6\n"_s.arg(
                       tokenKindId(token.kind), token.name, token.prefix, path,
                       TokenScopeParser::describe(token.scopes), when(token.expires, u"never"_s))
                << u"the secret is shown only now; store it somewhere safe:\n"_s << issued.secret
                << Qt::endl;
    return Success;
}

int TokenCommand::list(const Arguments &args, Console &console)
{
    const QString path = args.positionals().at(1);
    auto project = ProjectFile::load(path, ProjectFile::Access::ReadOnly);
    if (!project)
        return fail(console, project.errorMessage());
    if (project->tokens.isEmpty())
        console.out << u"%1: no tokens"_s.arg(path) << Qt::endl;
    for (const Token &t : project->tokens) {
        const QString who = t.kind == TokenKind::Admin ? u"admin"_s : u"user "_s + t.userId;
        const CredentialState credential = CredentialState::of(
            Credential::fromToken(t), project->settings, QDateTime::currentDateTimeUtc());
        const QString state = credential.isActive()
                                  ? credential.word()
                                  : credential.word() + u' ' + when(credential.since, {});
        console.out << u"%1\t%2\t%3\tcreated %4\texpires %5\tlast used %6\t%7\t%8"_s.arg(
                           t.name, who, t.prefix, when(t.created, u"?"_s),
                           when(t.expires, u"never"_s), when(t.lastUsed, u"never"_s), state,
                           TokenScopeParser::describe(t.scopes))
                    << Qt::endl;
    }
    return Success;
}

int TokenCommand::revoke(const Arguments &args, Console &console)
{
    const QString path = args.positionals().at(1);
    const QString tokenName = args.positionals().at(2);
    auto project = ProjectFile::load(path);
    if (!project)
        return fail(console, project.errorMessage());
    Project changed = project.value();
    const int index = changed.indexOfToken(tokenName);
    if (index < 0)
        return fail(console, u"%1: no token named `%2`"_s.arg(path, tokenName));
    if (changed.tokens.at(index).isRevoked())
        return fail(console, u"%1: token `%2` is already revoked"_s.arg(path, tokenName));
    changed.tokens[index].revoked = QDateTime::currentDateTimeUtc();
    if (auto saved = ProjectFile::save(changed, path); !saved)
        return fail(console, saved.errorMessage());
    console.out << u"revoked token `%1` (%2) in %3"_s.arg(tokenName,
                                                          changed.tokens.at(index).prefix, path)
                << Qt::endl;
    return Success;
}

Result<QString> TokenCommand::userIdFor(const Project &project, const QString &email)
{
    for (const Record &record : project.records) {
        if (record.type == DataType::userTypeName() &&
            record.values.value(u"email"_s).toString().compare(email, Qt::CaseInsensitive) == 0)
            return record.id;
    }
    return Error{u"no user has e-mail address `%1`"_s.arg(email)};
}

} // namespace gatehouse::cli
