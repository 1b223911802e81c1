#include "TokenCommand.h"

#include "TokenReport.h"

#include "crypto/TokenIssuer.h"
#include "engine/TokenDescription.h"
#include "model/TokenScopeParser.h"
#include "storage/TokenFile.h"

using namespace Qt::Literals::StringLiterals;

namespace gatehouse::cli {

namespace {
QString when(const QDateTime &time, const QString &otherwise)
{
    return TokenDescription::when(time, otherwise);
}

// A whole number of seconds from an option, or nullopt when it is not one
// at least `minimum`.
std::optional<qint64> seconds(const QString &text, qint64 minimum)
{
    bool ok = false;
    const qint64 value = text.toLongLong(&ok);
    if (!ok || value < minimum)
        return std::nullopt;
    return value;
}

void printSecret(Console &console, const QString &secret)
{
    console.out << u"the secret is shown only now; store it somewhere safe:\n"_s << secret
                << Qt::endl;
}
} // namespace

QString TokenCommand::name() const
{
    return u"token"_s;
}

QString TokenCommand::synopsis() const
{
    return u"token create PROJECT --name NAME (--admin | --user EMAIL) [--purpose TEXT] "
           "[--expires-in SECONDS] [--scope SCOPE]...\n"
           "  token list PROJECT\n  token show PROJECT NAME\n  token revoke PROJECT NAME\n"
           "  token rotate PROJECT NAME [--grace SECONDS]\n  token review PROJECT NAME"_s;
}

QString TokenCommand::summary() const
{
    return u"Make, list, show, revoke, rotate and review tokens; a new secret is printed once, "
           "as the last line. SCOPE: workflow:NAME, "
           "data:TYPE:find,view,create,modify,delete (find lists, view gets by id; read is "
           "both), no-private-files."_s;
}

int TokenCommand::run(const QStringList &arguments, Console &console)
{
    QString error;
    const auto args = Arguments::parse(
        arguments,
        {u"--name"_s, u"--user"_s, u"--expires-in"_s, u"--scope"_s, u"--purpose"_s, u"--grace"_s},
        {u"--admin"_s}, &error);
    if (!args)
        return fail(console, error, UsageError);
    const QString action = args->positionals().value(0);
    const qsizetype count = args->positionals().size();
    if (action == u"create"_s && count == 2)
        return create(*args, console);
    if (action == u"list"_s && count == 2)
        return TokenReport::list(args->positionals().at(1), console);
    if (action == u"show"_s && count == 3)
        return TokenReport::show(args->positionals().at(1), args->positionals().at(2), console);
    if (action == u"revoke"_s && count == 3)
        return revoke(*args, console);
    if (action == u"rotate"_s && count == 3)
        return rotate(*args, console);
    if (action == u"review"_s && count == 3)
        return review(*args, console);
    return fail(console, u"usage: gatehouse-cli "_s + synopsis(), UsageError);
}

int TokenCommand::create(const Arguments &args, Console &console)
{
    const QString path = args.positionals().at(1);
    const bool admin = args.has(u"--admin"_s);
    TokenRequest request;
    request.name = args.value(u"--name"_s).trimmed();
    request.purpose = args.value(u"--purpose"_s);
    request.kind = admin ? TokenKind::Admin : TokenKind::User;
    if (request.name.isEmpty() || admin == args.has(u"--user"_s))
        return fail(console, u"token create needs --name and one of --admin or --user EMAIL"_s,
                    UsageError);
    if (args.has(u"--expires-in"_s)) {
        request.expiresInSeconds = seconds(args.value(u"--expires-in"_s), 1);
        if (!request.expiresInSeconds)
            return fail(console, u"--expires-in takes a number of seconds above 0"_s, UsageError);
    }
    int status = Failure;
    std::optional<IssuedToken> issued;
    QString scopesInWords;
    const Result<> changed =
        TokenFile(path).change([&](const Project &context) -> Result<QList<Token>> {
            if (!admin) {
                auto userId = TokenIssuer::userIdForEmail(context, args.value(u"--user"_s));
                if (!userId)
                    return Error{path + u": "_s + userId.errorMessage()};
                request.userId = userId.value();
            }
            auto scopes = TokenScopeParser::parse(args.values(u"--scope"_s), context);
            if (!scopes) {
                status = UsageError;
                return scopes.error();
            }
            request.scopes = scopes.value();
            auto made = TokenIssuer::issue(context, request, QDateTime::currentDateTimeUtc());
            if (!made)
                return Error{path + u": "_s + made.errorMessage()};
            issued = made.value();
            scopesInWords = TokenDescription::scopesInWords(context, made.value().token.scopes);
            return context.tokens + QList<Token>{made.value().token};
        });
    if (!changed)
        return fail(console, changed.errorMessage(), status);
    const Token &token = issued->token;
    console.out << u"created %1 token `%2` (%3) in %4\nscopes: %5\nexpires: %6\n"_s.arg(
        tokenKindId(token.kind), token.name, token.prefix, path, scopesInWords,
        when(token.expires, u"never"_s));
    printSecret(console, issued->secret);
    return Success;
}

int TokenCommand::revoke(const Arguments &args, Console &console)
{
    const QString path = args.positionals().at(1);
    const QString tokenName = args.positionals().at(2);
    auto revoked = changeToken(path, tokenName, [&](const Token &token, const Project &) {
        auto changed = TokenIssuer::revoke(token, QDateTime::currentDateTimeUtc());
        if (!changed)
            return Result<Token>(Error{path + u": "_s + changed.errorMessage()});
        return changed;
    });
    if (!revoked)
        return fail(console, revoked.errorMessage());
    console.out << u"revoked token `%1` (%2) in %3"_s.arg(tokenName, revoked->prefix, path)
                << Qt::endl;
    return Success;
}

int TokenCommand::rotate(const Arguments &args, Console &console)
{
    const QString path = args.positionals().at(1);
    const QString tokenName = args.positionals().at(2);
    const auto grace = seconds(args.has(u"--grace"_s) ? args.value(u"--grace"_s) : u"0"_s, 0);
    if (!grace)
        return fail(console, u"--grace takes a number of seconds, 0 or more"_s, UsageError);
    QString secret;
    QString oldPrefix;
    auto rotated = changeToken(path, tokenName, [&](const Token &token, const Project &) {
        auto made = TokenIssuer::rotate(token, *grace, QDateTime::currentDateTimeUtc());
        if (!made)
            return Result<Token>(Error{path + u": "_s + made.errorMessage()});
        secret = made.value().secret;
        oldPrefix = token.prefix;
        return Result<Token>(made.value().token);
    });
    if (!rotated)
        return fail(console, rotated.errorMessage());
    console.out << u"rotated token `%1` in %2: new secret %3\n"_s.arg(tokenName, path,
                                                                      rotated->prefix);
    if (rotated->previousSecretUntil.isValid())
        console.out << u"the old secret (%1) works until %2\n"_s.arg(
            oldPrefix, when(rotated->previousSecretUntil, {}));
    else
        console.out << u"the old secret (%1) no longer works\n"_s.arg(oldPrefix);
    printSecret(console, secret);
    return Success;
}

int TokenCommand::review(const Arguments &args, Console &console)
{
    const QString path = args.positionals().at(1);
    const QString tokenName = args.positionals().at(2);
    ProjectSettings settings;
    auto reviewed = changeToken(path, tokenName, [&](const Token &token, const Project &context) {
        settings = context.settings;
        return Result<Token>(TokenIssuer::review(token, QDateTime::currentDateTimeUtc()));
    });
    if (!reviewed)
        return fail(console, reviewed.errorMessage());
    console.out << u"reviewed token `%1` in %2; next review due %3"_s.arg(
                       tokenName, path,
                       when(TokenDescription::reviewDue(reviewed.value(), settings), {}))
                << Qt::endl;
    return Success;
}

Result<Token> TokenCommand::changeToken(const QString &path, const QString &tokenName,
                                        const TokenEdit &edit)
{
    std::optional<Token> result;
    const Result<> changed =
        TokenFile(path).change([&](const Project &context) -> Result<QList<Token>> {
            const int index = context.indexOfToken(tokenName);
            if (index < 0)
                return Error{u"%1: no token named `%2`"_s.arg(path, tokenName)};
            auto token = edit(context.tokens.at(index), context);
            if (!token)
                return token.error();
            result = token.value();
            QList<Token> tokens = context.tokens;
            tokens[index] = token.value();
            return tokens;
        });
    if (!changed)
        return changed.error();
    return *result;
}

} // namespace gatehouse::cli
