#include "AuditFixtures.h"

#include <QDir>
#include <QFile>

using namespace Qt::Literals::StringLiterals;

namespace gatehouse::test {

namespace {
using Env = audit::AuditEnvironment;
using Edit = std::function<void(Project &, Env &)>;

Edit addFlow(Workflow w)
{
    return [w](Project &p, Env &) { p.workflows << w; };
}

Workflow withCondition(Workflow w, const QString &condition)
{
    w.condition = condition;
    return w;
}

const Parameter kNoteParam{u"note"_s, FieldType::reference(u"Note"_s), false};

Workflow creates(AuthMode auth, const QString &name = u"w"_s)
{
    return flow(name, auth, {step(ActionKind::CreateThing, {{u"text"_s, u"\"x\""_s}}, u"Note"_s)});
}

Workflow returns(AuthMode auth, const QString &key, const QString &value)
{
    return flow(u"w"_s, auth, {step(ActionKind::ReturnData, {{key, value}})});
}

Workflow ignoring(AuthMode auth)
{
    Workflow w = returns(auth, u"n"_s, u"Search for Notes:count"_s);
    w.ignorePrivacyRules = true;
    return w;
}

Workflow logIn()
{
    return flow(
        u"login"_s, AuthMode::NoneRequired,
        {step(ActionKind::LogIn, {{u"email"_s, u"email"_s}, {u"password"_s, u"password"_s}})},
        {{u"email"_s, FieldType::text(), false}, {u"password"_s, FieldType::text(), false}});
}

Workflow emails(const QString &condition)
{
    return flow(u"mail"_s, AuthMode::UserAndAdmin,
                {step(ActionKind::SendEmail,
                      {{u"to"_s, u"\"x@example.com\""_s}, {u"subject"_s, u"\"hi\""_s}}, {}, {},
                      condition)});
}

Workflow changesParam(const QString &condition)
{
    return flow(u"edit"_s, AuthMode::UserAndAdmin,
                {step(ActionKind::MakeChanges, {{u"text"_s, u"\"changed\""_s}}, u"Note"_s,
                      u"note"_s, condition)},
                {kNoteParam});
}

Workflow deletesAll(const QString &condition)
{
    return flow(u"purge"_s, AuthMode::UserAndAdmin,
                {step(ActionKind::DeleteList, {}, u"Note"_s, u"Search for Notes"_s, condition)});
}

Workflow queryParam(ParameterSource source)
{
    Workflow w = flow(u"lookup"_s, AuthMode::UserAndAdmin,
                      {step(ActionKind::ReturnData, {{u"ok"_s, u"\"yes\""_s}})},
                      {{u"api_key"_s, FieldType::text(), false}});
    w.parameterSource = source;
    w.method = source == ParameterSource::Querystring ? HttpMethod::Get : HttpMethod::Post;
    return w;
}

Edit exposeNote(PrivacyPermissions everyoneElse, bool keepRules = true)
{
    return [=](Project &p, Env &) {
        p.settings.dataApiEnabled = true;
        p.settings.dataApiTypes = {u"Note"_s};
        DataType &note = typeOf(p, u"Note"_s);
        note.everyoneElse = everyoneElse;
        if (!keepRules)
            note.privacyRules.clear();
    };
}

PrivacyPermissions finding()
{
    PrivacyPermissions p;
    p.findInSearches = true;
    return p;
}

PrivacyPermissions viewing()
{
    PrivacyPermissions p;
    p.viewAllFields = true;
    return p;
}

Edit ruleOnNote(const QString &condition, PrivacyPermissions grants = viewing())
{
    return [=](Project &p, Env &) {
        typeOf(p, u"Note"_s).privacyRules = {PrivacyRule{u"probe"_s, condition, grants}};
    };
}

Edit withToken(Token t)
{
    return [t](Project &p, Env &) { p.tokens << t; };
}

Token tokenWith(const std::function<void(Token &)> &edit, const QString &name = u"ci"_s)
{
    Token t = adminToken(name);
    edit(t);
    return t;
}

Edit fileWithMode(QFileDevice::Permissions mode)
{
    return [mode](Project &, Env &env) {
        env.projectFilePath = u"%1/audit-mode-%2.gatehouse"_s.arg(QDir::tempPath()).arg(int(mode));
        QFile file(env.projectFilePath);
        if (file.open(QIODevice::WriteOnly))
            file.write("x");
        file.close();
        file.setPermissions(mode);
    };
}

const auto kOwnerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
} // namespace

QList<CheckCase> checkCases()
{
    const Edit publicPing = addFlow(returns(AuthMode::NoneRequired, u"pong"_s, u"\"ok\""_s));
    return {
        {u"GH001"_s, addFlow(creates(AuthMode::NoneRequired)),
         addFlow(creates(AuthMode::UserAndAdmin))},
        {u"GH002"_s, addFlow(ignoring(AuthMode::NoneRequired)),
         addFlow(returns(AuthMode::NoneRequired, u"n"_s, u"Search for Notes:count"_s))},
        {u"GH003"_s, addFlow(ignoring(AuthMode::UserAndAdmin)),
         addFlow(returns(AuthMode::UserAndAdmin, u"n"_s, u"Search for Notes:count"_s))},
        {u"GH004"_s, addFlow(returns(AuthMode::NoneRequired, u"n"_s, u"Search for Notes:count"_s)),
         publicPing},
        {u"GH005"_s, publicPing, addFlow(returns(AuthMode::UserAndAdmin, u"pong"_s, u"\"ok\""_s))},
        {u"GH006"_s, addFlow(logIn()),
         addFlow(flow(u"w"_s, AuthMode::NoneRequired, {}, {{u"q"_s, FieldType::text(), true}}))},
        {u"GH007"_s, addFlow(logIn()),
         [](Project &p, Env &e) {
             addFlow(logIn())(p, e);
             p.settings.limits.requestsPerMinutePerWorkflow = 30;
         }},
        {u"GH008"_s, addFlow(emails({})), addFlow(emails(u"Current User's admin is yes"_s))},
        {u"GH009"_s, addFlow(changesParam({})),
         addFlow(changesParam(u"note's Creator is Current User"_s))},
        {u"GH010"_s, addFlow(deletesAll({})),
         addFlow(deletesAll(u"Current User's admin is yes"_s))},
        {u"GH011"_s, addFlow(creates(AuthMode::NoneRequired, u"stripe_webhook"_s)),
         addFlow(creates(AuthMode::UserAndAdmin, u"stripe_webhook"_s))},
        {u"GH012"_s, addFlow(returns(AuthMode::UserAndAdmin, u"reset_token"_s, u"\"abc\""_s)),
         addFlow(returns(AuthMode::UserAndAdmin, u"id"_s, u"\"abc\""_s))},
        {u"GH013"_s, addFlow(queryParam(ParameterSource::Querystring)),
         addFlow(queryParam(ParameterSource::Body))},
        {u"GH014"_s, addFlow(withCondition(creates(AuthMode::UserAndAdmin), u"yes"_s)),
         addFlow(withCondition(creates(AuthMode::UserAndAdmin), u"Current User's admin is yes"_s))},
        {u"GH101"_s, exposeNote(PrivacyPermissions::everything(), false),
         exposeNote(PrivacyPermissions::nothing(), false)},
        {u"GH102"_s, exposeNote(finding()), exposeNote(viewing())},
        {u"GH103"_s,
         [](Project &p, Env &) { typeOf(p, DataType::userTypeName()).everyoneElse = viewing(); },
         [](Project &p, Env &) {
             typeOf(p, DataType::userTypeName()).everyoneElse.viewableFields = {u"name"_s};
         }},
        {u"GH104"_s,
         [](Project &p, Env &) { typeOf(p, u"Note"_s).everyoneElse.viewAttachedFiles = true; },
         [](Project &p, Env &) { typeOf(p, u"Note"_s).everyoneElse.viewAllFields = true; }},
        {u"GH105"_s,
         [](Project &p, Env &e) {
             ruleOnNote(u"This Note's Creator is Current User"_s)(p, e);
             addFlow(flow(u"show"_s, AuthMode::UserAndAdmin, {}, {kNoteParam}))(p, e);
         },
         [](Project &p, Env &e) {
             PrivacyPermissions both = viewing();
             both.findInSearches = true;
             ruleOnNote(u"This Note's Creator is Current User"_s, both)(p, e);
             addFlow(flow(u"show"_s, AuthMode::UserAndAdmin, {}, {kNoteParam}))(p, e);
         }},
        {u"GH106"_s,
         [](Project &p, Env &e) {
             PrivacyPermissions creating;
             creating.createViaApi = true;
             exposeNote(creating)(p, e);
         },
         exposeNote(PrivacyPermissions::nothing())},
        {u"GH107"_s, [](Project &p, Env &) { p.settings.dataApiEnabled = true; },
         exposeNote(PrivacyPermissions::nothing())},
        {u"GH108"_s, [](Project &p, Env &) { p.workflows[0].exposed = false; },
         [](Project &p, Env &) { p.workflows[0].authentication = AuthMode::AdminOnly; }},
        {u"GH109"_s,
         [](Project &p, Env &e) {
             exposeNote(PrivacyPermissions::nothing())(p, e);
             ruleOnNote(u"This Note's Creator is Current User"_s)(p, e);
         },
         exposeNote(PrivacyPermissions::nothing())},
        {u"GH201"_s, ruleOnNote(u"This Note's text is Current User's name"_s),
         ruleOnNote(u"This Note's Creator is Current User"_s)},
        {u"GH202"_s, ruleOnNote(u"yes"_s), ruleOnNote(u"Current User's admin is yes"_s)},
        {u"GH203"_s, ruleOnNote(u"Current User's name is \"Zed\""_s),
         ruleOnNote(u"Current User's admin is yes"_s)},
        {u"GH204"_s,
         [](Project &p, Env &) {
             typeOf(p, u"Note"_s).everyoneElse = PrivacyPermissions::everything();
         },
         [](Project &p, Env &) { typeOf(p, u"Note"_s).everyoneElse = viewing(); }},
        {u"GH301"_s,
         withToken(tokenWith([](Token &t) { t.created = t.lastUsed = auditNow().addDays(-40); })),
         withToken(adminToken(u"ci"_s, 40))},
        {u"GH302"_s, withToken(tokenWith([](Token &t) { t.expires = {}; })),
         withToken(adminToken(u"ci"_s))},
        {u"GH303"_s, withToken(tokenWith([](Token &t) { t.scopes = {}; })),
         withToken(adminToken(u"ci"_s))},
        {u"GH304"_s,
         [](Project &p, Env &) {
             p.tokens << adminToken(u"zapier"_s) << adminToken(u"Zapier-2"_s);
         },
         [](Project &p, Env &) { p.tokens << adminToken(u"zapier"_s) << adminToken(u"stripe"_s); }},
        {u"GH305"_s, withToken(adminToken(u"ci"_s, 100)), withToken(adminToken(u"ci"_s, 10))},
        {u"GH306"_s, [](Project &p, Env &) { p.settings.tokensInQuerystring = true; },
         withToken(adminToken(u"ci"_s))},
        {u"GH307"_s, [](Project &p, Env &) { p.settings.userTokenLifetimeSeconds = 200000; },
         [](Project &p, Env &) { p.settings.userTokenLifetimeSeconds = 3600; }},
        {u"GH401"_s, [](Project &p, Env &) { p.settings.swaggerEnabled = true; },
         [](Project &p, Env &) { p.settings.dataApiEnabled = false; }},
        {u"GH402"_s,
         addFlow(returns(AuthMode::UserAndAdmin, u"k"_s, u"\"sk_live_0123456789abcdef\""_s)),
         addFlow(returns(AuthMode::UserAndAdmin, u"k"_s, u"\"sk_is_a_prefix\""_s))},
        {u"GH403"_s, fileWithMode(kOwnerOnly | QFileDevice::ReadGroup | QFileDevice::ReadOther),
         fileWithMode(kOwnerOnly)},
        {u"GH404"_s,
         [](Project &p, Env &e) {
             e.serveHost = u"0.0.0.0"_s;
             p.workflows << returns(AuthMode::NoneRequired, u"pong"_s, u"\"ok\""_s);
         },
         [](Project &p, Env &e) {
             e.serveHost = u"127.0.0.1"_s;
             p.workflows << returns(AuthMode::NoneRequired, u"pong"_s, u"\"ok\""_s);
         }},
    };
}

} // namespace gatehouse::test
