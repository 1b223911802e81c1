#include "EngineFixture.h"
#include "EngineSteps.h"

#include "engine/ScheduledCaller.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace gatehouse;

// Scheduled runs: who they act as, when they run, and how each is recorded.
class tst_EngineScheduled : public QObject
{
    Q_OBJECT

private slots:
    void init() { QVERIFY(m.build()); }

    // The run acts as whoever scheduled it, so their privacy rules decide
    // what internal_recalc finds (an admin token bypasses them).
    void runsAsTheScheduler_data()
    {
        QTest::addColumn<QString>("caller");
        QTest::addColumn<int>("recalculated");
        QTest::addColumn<bool>("done");
        QTest::newRow("anonymous") << u"anonymous"_s << 0 << true;
        QTest::newRow("alice") << u"alice"_s << 3 << true;
        QTest::newRow("bob") << u"bob"_s << 2 << true;
        QTest::newRow("root's session") << u"root"_s << 5 << true;
        QTest::newRow("an admin token") << u"admin"_s << 5 << true;
        // Its scopes are a ceiling on its runs too: it may run public_ping only.
        QTest::newRow("a scoped admin token") << u"ping-only"_s << 0 << false;
    }

    void runsAsTheScheduler()
    {
        QFETCH(QString, caller);
        QFETCH(int, recalculated);
        QFETCH(bool, done);
        Action schedule = steps::make(ActionKind::ScheduleWorkflow);
        schedule.workflow = u"internal_recalc"_s;
        m.project.workflows[m.project.indexOfWorkflow(u"public_ping"_s)].actions.prepend(schedule);
        const EngineResponse response = m.call(caller, "POST", u"/api/1.1/wf/public_ping"_s);
        QCOMPARE(response.status, 200);
        const QList<ScheduledRun> runs = m.store->scheduledRuns().value();
        QCOMPARE(runs.size(), 1);
        QCOMPARE(runs.first().status == u"done"_s, done);
        QCOMPARE(response.jsonBody()[u"response"_s][u"pong"_s].toString(), u"ok"_s);
        int noted = 0;
        for (const Record &r : m.store->recordsOfType(u"Transaction"_s).value())
            noted += r.values.value(u"note"_s).toString() == u"recalculated"_s;
        QCOMPARE(noted, recalculated);
        const Principal scheduler = ScheduledCaller::of(runs.first());
        QCOMPARE(scheduler.isAdmin(), caller == u"admin"_s || caller == u"ping-only"_s);
        QCOMPARE(scheduler.isAnonymous(), caller == u"anonymous"_s);
    }

    void howARunEnds_data()
    {
        QTest::addColumn<QString>("workflow");
        QTest::addColumn<int>("dueIn"); // seconds from now
        QTest::addColumn<QString>("status");
        QTest::addColumn<int>("recalculated");
        QTest::newRow("done") << u"internal_recalc"_s << 0 << u"done"_s << 3;
        QTest::newRow("due in the past") << u"internal_recalc"_s << -3600 << u"done"_s << 3;
        QTest::newRow("not due yet") << u"internal_recalc"_s << 60 << u"pending"_s << 0;
        QTest::newRow("its workflow was deleted")
            << u"nightly"_s << 0 << u"failed: no workflow is named `nightly`"_s << 0;
        QTest::newRow("a step fails, and its steps are undone")
            << u"recalc_then_fail"_s << 0 << u"failed: field `amount`"_s << 0;
        QTest::newRow("its condition does not hold")
            << u"never"_s << 0 << u"failed: `Current User's email is empty` does not hold"_s << 0;
    }

    void howARunEnds()
    {
        QFETCH(QString, workflow);
        QFETCH(int, dueIn);
        QFETCH(QString, status);
        QFETCH(int, recalculated);
        const Workflow recalc = *m.project.findWorkflow(u"internal_recalc"_s);
        steps::add(m.project, u"recalc_then_fail"_s, AuthMode::UserAndAdmin,
                   recalc.actions + QList<Action>{steps::failing()})
            .exposed = false;
        steps::add(m.project, u"never"_s, AuthMode::UserAndAdmin, recalc.actions).condition =
            u"Current User's email is empty"_s;
        QVERIFY(m.store->appendScheduledRun(ScheduledRun{u"run-1"_s,
                                                         workflow,
                                                         m.clock.now().addSecs(dueIn),
                                                         {},
                                                         DemoProject::aliceId(),
                                                         false,
                                                         {},
                                                         u"pending"_s,
                                                         std::nullopt, // recorded without one
                                                         {}}));
        QCOMPARE(m.call(u"anonymous"_s, "POST", u"/api/1.1/wf/public_ping"_s).status, 200);
        const ScheduledRun run = m.store->scheduledRuns().value().first();
        QVERIFY2(run.status.startsWith(status), qPrintable(run.status));
        int noted = 0;
        for (const Record &r : m.store->recordsOfType(u"Transaction"_s).value())
            noted += r.values.value(u"note"_s).toString() == u"recalculated"_s;
        QCOMPARE(noted, recalculated);
    }

    // A due run runs after any Workflow API or Data API request, whatever
    // the request's answer.
    void runsAfterEveryApiRequest_data()
    {
        QTest::addColumn<QString>("caller");
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<QString>("target");
        QTest::addColumn<int>("requestStatus");
        QTest::addColumn<QString>("status");
        QTest::newRow("a workflow")
            << u"bob"_s << QByteArray("POST") << u"/api/1.1/wf/public_ping"_s << 200 << u"done"_s;
        QTest::newRow("a refused workflow") << u"anonymous"_s << QByteArray("POST")
                                            << u"/api/1.1/wf/admin_cleanup"_s << 401 << u"done"_s;
        QTest::newRow("a Data API list")
            << u"alice"_s << QByteArray("GET") << u"/api/1.1/obj/transaction"_s << 200 << u"done"_s;
        QTest::newRow("a Data API create")
            << u"bob"_s << QByteArray("POST") << u"/api/1.1/obj/transaction"_s << 201 << u"done"_s;
        QTest::newRow("a refused Data API call")
            << u"expired"_s << QByteArray("GET") << u"/api/1.1/obj/transaction"_s << 401
            << u"done"_s;
        QTest::newRow("a path off the API")
            << u"bob"_s << QByteArray("GET") << u"/favicon.ico"_s << 404 << u"pending"_s;
    }

    void runsAfterEveryApiRequest()
    {
        QFETCH(QString, caller);
        QFETCH(QByteArray, method);
        QFETCH(QString, target);
        QFETCH(int, requestStatus);
        QFETCH(QString, status);
        QVERIFY(m.store->appendScheduledRun(ScheduledRun{u"run-1"_s,
                                                         u"internal_recalc"_s,
                                                         m.clock.now().addSecs(60),
                                                         {},
                                                         DemoProject::aliceId(),
                                                         false,
                                                         {},
                                                         u"pending"_s,
                                                         std::nullopt, // recorded without one
                                                         {}}));
        m.clock.advance(120);
        const QByteArray body = method == "POST" && target.contains(u"/obj/"_s)
                                    ? QByteArray(R"({"amount":1})")
                                    : QByteArray();
        QCOMPARE(m.call(caller, method, target, body).status, requestStatus);
        QCOMPARE(m.store->scheduledRuns().value().first().status, status);
    }

private:
    EngineFixture m;
};

QTEST_GUILESS_MAIN(tst_EngineScheduled)
#include "tst_enginescheduled.moc"
