#include "TokenReport.h"

#include "engine/TokenDescription.h"
#include "server/RequestLog.h"
#include "server/TokenUsage.h"
#include "storage/TokenFile.h"

using namespace Qt::Literals::StringLiterals;

namespace gatehouse::cli {

namespace {
QString when(const QDateTime &time, const QString &otherwise)
{
    return TokenDescription::when(time, otherwise);
}
} // namespace

int TokenReport::list(const QString &path, Console &console)
{
    auto context = TokenFile(path).read();
    if (!context)
        return Command::fail(console, context.errorMessage());
    const auto standings = TokenFile(path).readUserStandings(context->tokens);
    if (!standings)
        return Command::fail(console, standings.errorMessage());
    if (context->tokens.isEmpty())
        console.out << u"%1: no tokens"_s.arg(path) << Qt::endl;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (const Token &t : context->tokens) {
        console.out << u"%1\t%2\t%3\t%4\tcreated %5\texpires %6\tlast used %7\t%8\tpurpose %9"_s
                           .arg(t.name, who(t, context.value()), t.prefix,
                                TokenDescription::stateText(t, context->settings, now,
                                                            standings->value(t.userId)),
                                when(t.created, u"?"_s), when(t.expires, u"never"_s),
                                when(t.lastUsed, u"never"_s),
                                TokenDescription::scopesInWords(context.value(), t.scopes),
                                t.purpose.isEmpty() ? u"(none)"_s : t.purpose)
                    << Qt::endl;
    }
    return Success;
}

int TokenReport::show(const QString &path, const QString &tokenName, Console &console)
{
    auto context = TokenFile(path).read();
    if (!context)
        return Command::fail(console, context.errorMessage());
    const Token *token = context->findToken(tokenName);
    if (!token)
        return Command::fail(console, u"%1: no token named `%2`"_s.arg(path, tokenName));
    const auto standings = TokenFile(path).readUserStandings({*token});
    if (!standings)
        return Command::fail(console, standings.errorMessage());
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const Token &t = *token;
    console.out << u"token:     %1\npurpose:   %2\nkind:      %3\nprefix:    %4\nstate:     %5\n"
                   "scopes:    %6\ncreated:   %7\nexpires:   %8\nlast used: %9\n"_s.arg(
                       t.name, t.purpose.isEmpty() ? u"(none)"_s : t.purpose,
                       who(t, context.value()), t.prefix,
                       TokenDescription::stateText(t, context->settings, now,
                                                   standings->value(t.userId)),
                       TokenDescription::scopesInWords(context.value(), t.scopes),
                       when(t.created, u"?"_s), when(t.expires, u"never"_s),
                       when(t.lastUsed, u"never"_s));
    if (t.previousSecretUntil.isValid() && now < t.previousSecretUntil)
        console.out << u"rotated:   the previous secret works until %1\n"_s.arg(
            when(t.previousSecretUntil, {}));
    showReview(t, context.value(), now, console);
    showUse(path, t, console);
    console.out.flush();
    return Success;
}

QString TokenReport::who(const Token &token, const Project &context)
{
    if (token.kind == TokenKind::Admin)
        return u"admin"_s;
    const Record *user = context.findRecord(token.userId);
    const QString email = user ? user->values.value(u"email"_s).toString() : QString();
    return email.isEmpty() ? u"user "_s + token.userId : u"user %1 (%2)"_s.arg(email, token.userId);
}

void TokenReport::showReview(const Token &token, const Project &context, const QDateTime &now,
                             Console &console)
{
    const QDateTime due = TokenDescription::reviewDue(token, context.settings);
    const bool overdue = TokenDescription::reviewOverdue(token, context.settings, now);
    console.out << u"reviewed:  %1 (every %2 days; %3)\n"_s.arg(
        when(token.lastReviewed, u"never"_s),
        QString::number(context.settings.tokenReviewIntervalDays),
        overdue ? u"review overdue since "_s + when(due, u"ever"_s)
                : u"next review due "_s + when(due, u"?"_s));
}

void TokenReport::showUse(const QString &path, const Token &token, Console &console)
{
    auto entries = RequestLog::read(path);
    if (!entries) {
        console.out << u"used for:  unknown (%1)\n"_s.arg(entries.errorMessage());
        return;
    }
    const QList<TokenUsage::Call> calls = TokenUsage::of(token.name, entries.value());
    if (calls.isEmpty()) {
        console.out << u"used for:  nothing in the request log\n"_s;
        return;
    }
    console.out << u"used for (from the request log):\n"_s;
    for (const TokenUsage::Call &call : calls)
        console.out << u"  %1 %2\t%3 times, last %4 (%5)\n"_s.arg(
            call.method, call.path, QString::number(call.count), when(call.last, u"?"_s),
            QString::number(call.lastStatus));
}

} // namespace gatehouse::cli
