#include "TokenChecks.h"

#include "AuditContext.h"

#include <QHash>
#include <QMap>
#include <QRegularExpression>

using namespace Qt::Literals::StringLiterals;

namespace gatehouse::audit {

namespace {
constexpr qint64 kDay = 86400;

bool active(const Token &token, const QDateTime &now)
{
    return !token.isRevoked() && (!token.expires.isValid() || token.expires > now);
}

template <typename Test>
auto activeAdminTokens(Test test)
{
    return [test](const AuditContext &context, const CheckInfo &info) {
        QList<Finding> found;
        for (const Token &token : context.project().tokens) {
            if (token.kind == TokenKind::Admin && active(token, context.now()))
                if (auto f = test(context, info, token))
                    found << *f;
        }
        return found;
    };
}

AuditCheck adminTokenUnused()
{
    return {
        {u"GH301"_s,
         u"admin-token-unused"_s,
         u"An admin token unused for 30 days"_s,
         Severity::High,
         u"Every admin token is full admin: it reads, edits and deletes every record and runs every exposed workflow. One that has not been used for 30 days (counted from its creation when never used) is a credential nobody watches; revoke it and make a new one when an integration needs it."_s,
         {u"API2:2023"_s, u"API5:2023"_s},
         {u"P8"_s}},
        activeAdminTokens([](const AuditContext &context, const CheckInfo &info,
                             const Token &token) -> std::optional<Finding> {
            const QDateTime since = token.lastUsed.isValid() ? token.lastUsed : token.created;
            if (since.isValid() && since.secsTo(context.now()) < 30 * kDay)
                return std::nullopt;
            const QString when = token.lastUsed.isValid()
                                     ? u"last used %1"_s.arg(token.lastUsed.toString(Qt::ISODate))
                                     : u"never used"_s;
            AuditFix fix{AuditFix::Kind::RevokeToken,
                         SettingLocation::ofToken(token.name),
                         {},
                         context.now()};
            return finding(info, u"admin token `%1` is %2"_s.arg(token.name, when),
                           SettingLocation::ofToken(token.name), fix);
        })};
}

AuditCheck adminTokenNeverExpires()
{
    return {
        {u"GH302"_s,
         u"admin-token-never-expires"_s,
         u"An admin token that never expires"_s,
         Severity::Medium,
         u"A token without an expiry stays valid until someone remembers to revoke it, long after the integration or the person it was made for is gone. Give it an expiry and renew it on a schedule."_s,
         {u"API2:2023"_s},
         {u"P8"_s}},
        activeAdminTokens([](const AuditContext &context, const CheckInfo &info,
                             const Token &token) -> std::optional<Finding> {
            if (token.expires.isValid())
                return std::nullopt;
            AuditFix fix{AuditFix::Kind::SetTokenExpiry,
                         SettingLocation::ofToken(token.name),
                         {},
                         context.now().addDays(90)};
            return finding(info, u"admin token `%1` never expires"_s.arg(token.name),
                           SettingLocation::ofToken(token.name), fix);
        })};
}

AuditCheck adminTokenFullAccess()
{
    return {
        {u"GH303"_s,
         u"admin-token-full-access"_s,
         u"An admin token with full access"_s,
         Severity::High,
         u"The token may run every workflow, use every data type and read private files. Bubble cannot scope its tokens; Gatehouse can: narrow it to the workflows and data operations its integration calls, so a leak costs less."_s,
         {u"API5:2023"_s, u"API2:2023"_s},
         {u"P8"_s}},
        activeAdminTokens([](const AuditContext &, const CheckInfo &info,
                             const Token &token) -> std::optional<Finding> {
            if (!token.scopes.isUnrestricted())
                return std::nullopt;
            return finding(info, u"admin token `%1` has no scope"_s.arg(token.name),
                           SettingLocation::ofToken(token.name));
        })};
}

// A token's name without numbers, separators and old/new/prod/test words:
// "zapier-2" and "Zapier old" share the stem "zapier".
QString stemOf(const QString &name)
{
    static const QRegularExpression noise(u"(old|new|prod|test|copy|backup|v?\\d+|[^a-z])"_s);
    QString stem = name.toLower();
    stem.remove(noise);
    return stem;
}

// "`a` and `b`", "`a`, `b` and `c`".
QString namesOf(const QList<Token> &tokens, const QList<int> &group)
{
    QStringList names;
    for (int i : group)
        names << u"`%1`"_s.arg(tokens.at(i).name);
    const QString last = names.takeLast();
    return names.join(u", "_s) + u" and "_s + last;
}

AuditCheck tokensSharePurpose()
{
    return {
        {u"GH304"_s,
         u"tokens-share-purpose"_s,
         u"Tokens that look made for the same integration"_s,
         Severity::Medium,
         u"Two or more active tokens have names with the same stem (\"zapier\", \"zapier-2\"): one integration with several credentials, or one credential shared by several. Keep one token per integration, so revoking one stops exactly one thing. Judged by names until tokens carry a purpose."_s,
         {u"API2:2023"_s},
         {u"P8"_s}},
        [](const AuditContext &context, const CheckInfo &info) {
            // One finding a stem shared by active tokens, naming them all, at
            // the group's latest token (a pair's finding is where it was);
            // in the order of those latest tokens. Each stem worked out once.
            const QList<Token> &tokens = context.project().tokens;
            QHash<QString, QList<int>> groups; // stem -> its active tokens
            for (int i = 0; i < tokens.size(); ++i) {
                const QString stem = stemOf(tokens[i].name);
                if (!stem.isEmpty() && active(tokens[i], context.now()))
                    groups[stem] << i;
            }
            QMap<int, QList<int>> byLatest;
            for (const QList<int> &group : std::as_const(groups)) {
                if (group.size() > 1)
                    byLatest.insert(group.last(), group);
            }
            QList<Finding> found;
            for (const QList<int> &group : std::as_const(byLatest))
                found << finding(
                    info, u"tokens %1 look made for the same purpose"_s.arg(namesOf(tokens, group)),
                    SettingLocation::ofToken(tokens[group.last()].name));
            return found;
        }};
}

AuditCheck tokenReviewOverdue()
{
    return {
        {u"GH305"_s,
         u"token-review-overdue"_s,
         u"An admin token overdue for review"_s,
         Severity::Low,
         u"The token is older than 90 days. Review who holds it, what it is for and whether its scopes still fit, then renew it. Counted from its creation until tokens record their last review."_s,
         {u"API2:2023"_s},
         {u"P8"_s}},
        activeAdminTokens([](const AuditContext &context, const CheckInfo &info,
                             const Token &token) -> std::optional<Finding> {
            if (!token.created.isValid() || token.created.secsTo(context.now()) < 90 * kDay)
                return std::nullopt;
            return finding(info,
                           u"admin token `%1` was made %2 and never reviewed"_s.arg(
                               token.name, token.created.toString(Qt::ISODate)),
                           SettingLocation::ofToken(token.name));
        })};
}

AuditCheck tokensInQuerystring()
{
    return {
        {u"GH306"_s,
         u"tokens-in-querystring"_s,
         u"Tokens are accepted in the querystring"_s,
         Severity::High,
         u"With `api_token=` accepted, builders put admin tokens in URLs (a Stripe webhook URL is the usual case): the third party stores it in plain text and it lands in every log on the way. High while an admin token exists, low otherwise. Turn it off and send tokens in the Authorization header."_s,
         {u"API2:2023"_s},
         {u"P9"_s}},
        [](const AuditContext &context, const CheckInfo &info) -> QList<Finding> {
            if (!context.project().settings.tokensInQuerystring)
                return {};
            bool admin = false;
            for (const Token &t : context.project().tokens)
                admin = admin || (t.kind == TokenKind::Admin && active(t, context.now()));
            const auto at = SettingLocation::ofSetting(u"tokensInQuerystring"_s);
            return {finding(
                info,
                admin ? u"tokens, admin tokens among them, are accepted in the querystring"_s
                      : u"tokens are accepted in the querystring"_s,
                at, AuditFix{AuditFix::Kind::TurnOffSetting, at},
                admin ? Severity::High : Severity::Low)};
        }};
}

AuditCheck userTokenLifetime()
{
    return {
        {u"GH307"_s,
         u"user-token-lifetime-long"_s,
         u"User tokens live longer than the default"_s,
         Severity::Medium,
         u"User tokens (sessions, and user tokens of the token manager) outlive the defaults of 86,400 s, or 31,536,000 s with stay logged in, or never expire. A stolen session stays good for longer; keep lifetimes at the defaults or below."_s,
         {u"API2:2023"_s},
         {u"P18"_s}},
        [](const AuditContext &context, const CheckInfo &info) {
            QList<Finding> found;
            const ProjectSettings &s = context.project().settings;
            const ProjectSettings defaults;
            if (s.userTokenLifetimeSeconds > defaults.userTokenLifetimeSeconds ||
                s.stayLoggedInLifetimeSeconds > defaults.stayLoggedInLifetimeSeconds) {
                const auto at = SettingLocation::ofSetting(u"userTokenLifetimeSeconds"_s);
                found << finding(info,
                                 u"user tokens live %1 s (%2 s staying logged in)"_s
                                     .arg(s.userTokenLifetimeSeconds)
                                     .arg(s.stayLoggedInLifetimeSeconds),
                                 at, AuditFix{AuditFix::Kind::ResetUserTokenLifetimes, at});
            }
            for (const Token &t : context.project().tokens) {
                if (t.kind != TokenKind::User || !active(t, context.now()))
                    continue;
                const QDateTime limit = (t.created.isValid() ? t.created : context.now())
                                            .addSecs(defaults.stayLoggedInLifetimeSeconds);
                if (t.expires.isValid() && t.expires <= limit)
                    continue;
                AuditFix fix{AuditFix::Kind::SetTokenExpiry,
                             SettingLocation::ofToken(t.name),
                             {},
                             context.now().addSecs(defaults.userTokenLifetimeSeconds)};
                found << finding(info, u"user token `%1` lives longer than a year"_s.arg(t.name),
                                 SettingLocation::ofToken(t.name), fix);
            }
            return found;
        }};
}
} // namespace

QList<AuditCheck> TokenChecks::all()
{
    return {adminTokenUnused(),   adminTokenNeverExpires(), adminTokenFullAccess(),
            tokensSharePurpose(), tokenReviewOverdue(),     tokensInQuerystring(),
            userTokenLifetime()};
}

} // namespace gatehouse::audit
