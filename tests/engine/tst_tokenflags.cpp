// The token manager's badges and "narrow to what it used", decided in core:
// each flag raised exactly when its condition holds, a revoked token raises
// none; narrowing keeps the calls that were let in, drops refused ones, and
// never widens what the token holds.
#include "engine/TokenFlags.h"
#include "engine/TokenUseScopes.h"

#include "model/DemoProject.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace gatehouse;

namespace {
const QDateTime kNow(QDate(2026, 6, 1), QTime(12, 0), Qt::UTC);

Token token(const QString &name, const QString &purpose = {})
{
    Token t;
    t.name = name;
    t.purpose = purpose;
    t.created = kNow.addDays(-1);
    t.lastReviewed = kNow.addDays(-1);
    t.expires = kNow.addDays(30);
    t.scopes.allWorkflows = false;
    t.scopes.workflows = {u"public_ping"_s};
    return t;
}

Project demoWith(const QList<Token> &tokens)
{
    Project project = DemoProject::build().value();
    project.tokens = tokens;
    return project;
}
} // namespace

class tst_TokenFlags : public QObject
{
    Q_OBJECT

private slots:
    void aFreshScopedTokenRaisesNothing()
    {
        const Project project = demoWith({token(u"ci"_s)});
        QVERIFY(TokenFlags::of(project, project.tokens.at(0), kNow).isEmpty());
    }

    void unusedForThirtyDays()
    {
        Token t = token(u"ci"_s);
        t.created = kNow.addDays(-40);
        t.lastUsed = kNow.addDays(-29);
        QVERIFY(!TokenFlags::of(demoWith({t}), t, kNow).has(TokenFlags::Unused));
        t.lastUsed = kNow.addDays(-31);
        QVERIFY(TokenFlags::of(demoWith({t}), t, kNow).has(TokenFlags::Unused));
        t.lastUsed = {};
        QVERIFY2(TokenFlags::of(demoWith({t}), t, kNow).has(TokenFlags::Unused),
                 "made 40 days ago and never used");
    }

    void neverExpiresAndFullAccess()
    {
        Token t = token(u"ci"_s);
        t.expires = {};
        t.scopes = TokenScopes{};
        const TokenFlags flags = TokenFlags::of(demoWith({t}), t, kNow);
        QVERIFY(flags.has(TokenFlags::NeverExpires));
        QVERIFY(flags.has(TokenFlags::FullAccess));
        QCOMPARE(flags.words(), (QStringList{u"never expires"_s, u"full access"_s}));
        QCOMPARE(flags.reasons(demoWith({t}), t).size(), qsizetype(2));
        t.scopes.privateFiles = false;
        QVERIFY(!TokenFlags::of(demoWith({t}), t, kNow).has(TokenFlags::FullAccess));
    }

    void reviewOverdueFollowsTheProjectInterval()
    {
        Token t = token(u"ci"_s);
        t.lastReviewed = kNow.addDays(-20);
        Project project = demoWith({t});
        QVERIFY(!TokenFlags::of(project, t, kNow).has(TokenFlags::ReviewOverdue));
        project.settings.tokenReviewIntervalDays = 14;
        QVERIFY(TokenFlags::of(project, t, kNow).has(TokenFlags::ReviewOverdue));
    }

    void sharedPurposeIgnoresCaseSpacesAndRevokedTokens()
    {
        Token a = token(u"a"_s, u"Billing export"_s);
        Token b = token(u"b"_s, u"  billing   EXPORT"_s);
        Token c = token(u"c"_s, u"mobile app"_s);
        Project project = demoWith({a, b, c});
        QVERIFY(TokenFlags::of(project, a, kNow).has(TokenFlags::SharedPurpose));
        QVERIFY(!TokenFlags::of(project, c, kNow).has(TokenFlags::SharedPurpose));
        project.tokens[1].revoked = kNow;
        QVERIFY(!TokenFlags::of(project, a, kNow).has(TokenFlags::SharedPurpose));
        Token blank = token(u"d"_s);
        Token blank2 = token(u"e"_s);
        QVERIFY(
            !TokenFlags::of(demoWith({blank, blank2}), blank, kNow).has(TokenFlags::SharedPurpose));
    }

    void aRevokedTokenRaisesNone()
    {
        Token t = token(u"ci"_s);
        t.expires = {};
        t.scopes = TokenScopes{};
        t.revoked = kNow;
        QVERIFY(TokenFlags::of(demoWith({t}), t, kNow).isEmpty());
    }

    void narrowingKeepsWhatWasLetIn()
    {
        const Project project = demoWith({});
        const TokenScopes all;
        const TokenScopes used = TokenUseScopes::narrowed(
            project, all,
            {{u"POST"_s, u"/api/1.1/wf/public_ping"_s, 200},
             {u"POST"_s, u"/api/1.1/wf/admin_cleanup"_s, 403},
             {u"POST"_s, u"/version-test/api/1.1/wf/create_transaction"_s, 400}});
        QVERIFY(!used.allWorkflows);
        QCOMPARE(used.workflows, (QStringList{u"public_ping"_s, u"create_transaction"_s}));
        QVERIFY2(used.allDataTypes, "workflow-only use keeps the data scope of its workflows");
        QVERIFY(used.privateFiles);
    }

    void narrowingDataCallsAddsTheirOperations()
    {
        Project project = demoWith({});
        project.settings.dataApiEnabled = true;
        project.settings.dataApiTypes = {u"Transaction"_s};
        const TokenScopes used =
            TokenUseScopes::narrowed(project, TokenScopes{},
                                     {{u"GET"_s, u"/api/1.1/obj/transaction"_s, 200},
                                      {u"DELETE"_s, u"/api/1.1/obj/transaction/123"_s, 200},
                                      {u"POST"_s, u"/api/1.1/obj/transaction"_s, 401}});
        QVERIFY(!used.allWorkflows);
        QVERIFY(used.workflows.isEmpty());
        QVERIFY(!used.allDataTypes);
        QCOMPARE(used.dataTypes.size(), qsizetype(1));
        QCOMPARE(used.dataTypes.at(0),
                 (DataTypeScope{.dataType = u"Transaction"_s, .find = true, .remove = true}));
    }

    // A list is a find, a get by id a view: narrowing keeps them apart.
    void narrowingTellsAListFromAGetById()
    {
        Project project = demoWith({});
        project.settings.dataApiEnabled = true;
        project.settings.dataApiTypes = {u"Transaction"_s};
        const TokenScopes used = TokenUseScopes::narrowed(
            project, TokenScopes{}, {{u"GET"_s, u"/api/1.1/obj/transaction/123"_s, 200}});
        QCOMPARE(used.dataTypes,
                 (QList<DataTypeScope>{{.dataType = u"Transaction"_s, .view = true}}));
    }

    void narrowingNeverWidens()
    {
        Project project = demoWith({});
        project.settings.dataApiEnabled = true;
        project.settings.dataApiTypes = {u"Transaction"_s};
        TokenScopes held;
        held.allWorkflows = false;
        held.workflows = {u"public_ping"_s};
        held.allDataTypes = false;
        held.dataTypes = {DataTypeScope{.dataType = u"Transaction"_s, .find = true}};
        held.privateFiles = false;
        const TokenScopes used =
            TokenUseScopes::narrowed(project, held,
                                     {{u"POST"_s, u"/api/1.1/wf/admin_cleanup"_s, 200},
                                      {u"DELETE"_s, u"/api/1.1/obj/transaction/1"_s, 200},
                                      {u"GET"_s, u"/api/1.1/obj/transaction"_s, 200}});
        QVERIFY(used.workflows.isEmpty());
        QCOMPARE(used.dataTypes,
                 (QList<DataTypeScope>{DataTypeScope{.dataType = u"Transaction"_s, .find = true}}));
        QVERIFY(!used.privateFiles);
    }

    void nothingUsedIsNoAccess()
    {
        const TokenScopes used = TokenUseScopes::narrowed(demoWith({}), TokenScopes{}, {});
        QVERIFY(!used.allWorkflows && used.workflows.isEmpty());
        QVERIFY(!used.allDataTypes && used.dataTypes.isEmpty());
    }
};

QTEST_GUILESS_MAIN(tst_TokenFlags)
#include "tst_tokenflags.moc"
