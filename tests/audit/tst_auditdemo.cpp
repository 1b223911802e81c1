#include "AuditFixtures.h"

#include "audit/Audit.h"
#include "model/DemoProject.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace gatehouse;
using namespace gatehouse::test;

// The demo project's findings, pinned: what a reviewer of "Payments demo"
// is told, and nothing else.
class tst_AuditDemo : public QObject
{
    Q_OBJECT

private slots:
    void demoFindingsArePinned()
    {
        auto demo = DemoProject::build();
        QVERIFY(demo.ok());
        audit::AuditEnvironment env;
        env.now = auditNow();
        QStringList found;
        for (const audit::Finding &f : audit::Audit::run(demo.value(), env).findings)
            found << u"%1 %2 %3"_s.arg(audit::severityId(f.severity), f.checkId, f.location.path());
        found.sort();
        QStringList expected{
            // The public log-in and sign-up flows: only the per-workflow limit (1,200 a
            // minute) slows password guessing.
            u"medium GH007 settings/limits.requestsPerMinutePerWorkflow"_s,
            u"medium GH007 settings/limits.requestsPerMinutePerWorkflow"_s,
            // admin_cleanup deletes every tagged transaction with no condition; only
            // admin tokens may call it.
            u"low GH010 workflows/admin_cleanup/steps/0"_s,
            // issue_token and signup name their missing parameters to anyone.
            u"low GH006 workflows/issue_token"_s,
            u"low GH006 workflows/signup"_s,
            // api_token= is accepted; no admin token exists yet.
            u"low GH306 settings/tokensInQuerystring"_s,
            // The three None-required workflows, public on purpose.
            u"info GH005 workflows/issue_token"_s,
            u"info GH005 workflows/public_ping"_s,
            u"info GH005 workflows/signup"_s,
        };
        expected.sort();
        QCOMPARE(found, expected);
    }

    // Making a token for a Stripe webhook is what the forum's builder did next;
    // the audit then asks for the querystring to go and the token to be scoped.
    void anAdminTokenRaisesItsFindings()
    {
        auto demo = DemoProject::build();
        QVERIFY(demo.ok());
        Project project = demo.value();
        Token token = adminToken(u"stripe"_s);
        token.scopes = {};
        token.expires = {};
        project.tokens << token;
        audit::AuditEnvironment env;
        env.now = auditNow();
        QStringList found;
        for (const audit::Finding &f : audit::Audit::run(project, env).findings) {
            if (f.location.path() == u"tokens/stripe"_s ||
                f.location.path() == u"settings/tokensInQuerystring"_s)
                found << u"%1 %2"_s.arg(audit::severityId(f.severity), f.checkId);
        }
        found.sort();
        QCOMPARE(found, (QStringList{u"high GH303"_s, u"high GH306"_s, u"medium GH302"_s}));
    }
};

QTEST_GUILESS_MAIN(tst_AuditDemo)
#include "tst_auditdemo.moc"
