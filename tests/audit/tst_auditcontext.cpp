#include "../engine/AgreementCases.h"
#include "AuditFixtures.h"

#include "audit/Audit.h"
#include "audit/AuditContext.h"
#include "engine/MemoryDataStore.h"
#include "model/DemoProject.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace gatehouse;
using namespace gatehouse::audit;
using namespace gatehouse::test;

// Issue 17, item 4: the audit on a large project. AuditContext asks each
// workflow of a project holding it alone and remembers what each caller may
// call; its answers are those AccessQuestion gives asked of the whole
// project, on the demo and on generated variants of it. A stopped audit
// stops at once and reports nothing.
class tst_AuditContext : public QObject
{
    Q_OBJECT

private slots:
    void everyCallIsTheWholeProjectsAnswer()
    {
        const Project demo = DemoProject::build().value();
        QRandomGenerator random(17);
        for (int i = 0; i < 40; ++i) {
            const Project project = i == 0 ? demo : agreement::generated(demo, random);
            const QString first = firstDifference(project);
            QVERIFY2(first.isEmpty(), qPrintable(first + u'\n' + agreement::describe(project)));
        }
    }

    // A name no workflow has, and a second workflow of one name: the route
    // finds the first, as the engine's does.
    void unknownAndDuplicateNamesAnswerAsTheRouteDoes()
    {
        Project project = DemoProject::build().value();
        Workflow twin = project.workflows.first();
        twin.authentication = AuthMode::AdminOnly;
        twin.exposed = !twin.exposed;
        project.workflows.append(twin);
        Workflow stranger = twin;
        stranger.name = u"nowhere_to_be_found"_s;
        const QString first = firstDifference(project, {twin, stranger});
        QVERIFY2(first.isEmpty(), qPrintable(first));
    }

    void aStoppedAuditReportsNothing()
    {
        const Project demo = DemoProject::build().value();
        AuditEnvironment env;
        env.now = auditNow();
        int asked = 0;
        const auto stopAtOnce = [&asked] {
            ++asked;
            return true;
        };
        QVERIFY(!Audit::run(demo, env, stopAtOnce).has_value());
        QCOMPARE(asked, 1); // asked before the first check, and obeyed
        // Stopped after five questions, midway: nothing is reported.
        asked = 0;
        const auto stopAfterFive = [&asked] { return ++asked > 5; };
        QVERIFY(!Audit::run(demo, env, stopAfterFive).has_value());
        QVERIFY(asked > 5);
        const std::optional<AuditReport> whole = Audit::run(demo, env, [] { return false; });
        QVERIFY(whole.has_value());
        QCOMPARE(whole->findings, Audit::run(demo, env).findings);
    }

    // The long rule probes ask too: stopped inside one, the rule's reach is
    // not kept, so a context asked again later would not reuse half of it.
    void aRuleProbeStopsBetweenCallers()
    {
        const Project demo = DemoProject::build().value();
        AuditEnvironment env;
        env.now = auditNow();
        bool stop = false;
        const AuditContext context(demo, env, [&stop] { return stop; });
        const DataType &type = *demo.findDataType(u"Transaction"_s);
        const PrivacyRule &rule = type.privacyRules.first();
        stop = true;
        QCOMPARE(context.ruleReach(type, rule).asked, 0);
        stop = false;
        QVERIFY(context.ruleReach(type, rule).asked > 0);
    }

private:
    static QString firstDifference(const Project &project, QList<Workflow> extra = {})
    {
        AuditEnvironment env;
        env.now = auditNow();
        const AuditContext context(project, env);
        // The store AuditContext asks: the records and one empty probe per type.
        QList<Record> records = project.records;
        for (const DataType &type : project.dataTypes)
            records << Record{.id = u"audit-probe-empty-"_s + type.name, .type = type.name};
        const MemoryDataStore store(records);
        const ManualClock clock(auditNow());
        const AccessQuestion whole(project, store, clock);
        QList<Principal> callers = context.principals();
        callers << AuditContext::admin();
        for (const Workflow &workflow : project.workflows + extra) {
            bool anyUser = false;
            for (const Principal &principal : std::as_const(callers)) {
                const AccessAnswer expected = whole.workflow(workflow.name, principal);
                const AccessAnswer got = context.call(workflow, principal);
                if (got.verdict != expected.verdict || got.reason != expected.reason ||
                    got.decidedBy != expected.decidedBy)
                    return u"%1 as %2: context %3 (%4), whole project %5 (%6)"_s.arg(
                        workflow.name, principal.describe(), got.reason, got.decidedBy,
                        expected.reason, expected.decidedBy);
                if (principal.kind == Principal::Kind::User)
                    anyUser = anyUser || expected.allowed();
            }
            const bool anonymous = whole.workflow(workflow.name, Principal::anonymous()).allowed();
            const bool admin = whole.workflow(workflow.name, AuditContext::admin()).allowed();
            // Twice: the second answer is the remembered one.
            for (int again = 0; again < 2; ++again) {
                if (context.anonymousMayCall(workflow) != anonymous ||
                    context.userMayCall(workflow) != anyUser ||
                    context.reachable(workflow) != admin)
                    return u"%1: who may call it differs from the whole project's"_s.arg(
                        workflow.name);
            }
        }
        return {};
    }
};

QTEST_APPLESS_MAIN(tst_AuditContext)
#include "tst_auditcontext.moc"
