#include "engine/Clock.h"
#include "engine/WorkflowGate.h"

#include "model/DemoProject.h"

#include <QJsonObject>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace gatehouse;

namespace {
const QDateTime kNow(QDate(2026, 6, 1), QTime(12, 0), Qt::UTC);

Principal principal(const QString &who)
{
    Principal p;
    if (who == u"alice"_s) {
        p.kind = Principal::Kind::User;
        p.userId = DemoProject::aliceId();
        p.tokenName = u"session"_s;
    } else if (who == u"admin"_s) {
        p.kind = Principal::Kind::Admin;
        p.tokenName = u"ci"_s;
    } else if (who == u"scoped"_s) {
        p.kind = Principal::Kind::Admin;
        p.tokenName = u"ping-only"_s;
        p.scopes.allWorkflows = false;
        p.scopes.workflows = {u"public_ping"_s};
    }
    return p;
}
} // namespace

// Every demo workflow against every kind of caller: the status the gate
// gives (0 when the call may go on) and the words of its reason.
class tst_WorkflowGate : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        auto demo = DemoProject::build();
        QVERIFY(demo.ok());
        m_demo = demo.value();
    }

    void gate_data()
    {
        QTest::addColumn<QString>("workflow");
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<QString>("who");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("reason");
        const struct
        {
            const char *wf;
            int anon, alice, admin, scoped;
        } table[] = {
            {"issue_token", 0, 0, 0, 403},           {"signup", 0, 0, 0, 403},
            {"create_transaction", 401, 0, 0, 403},  {"tag_my_transactions", 401, 0, 0, 403},
            {"admin_cleanup", 401, 401, 0, 403},     {"public_ping", 0, 0, 0, 0},
            {"internal_recalc", 404, 404, 404, 404},
        };
        for (const auto &row : table) {
            const QString wf = QString::fromLatin1(row.wf);
            const int statuses[] = {row.anon, row.alice, row.admin, row.scoped};
            const QString who[] = {u"anonymous"_s, u"alice"_s, u"admin"_s, u"scoped"_s};
            for (int i = 0; i < 4; ++i) {
                QString reason = statuses[i] == 0     ? u"lets"_s
                                 : statuses[i] == 404 ? u"not exposed"_s
                                 : statuses[i] == 403 ? u"is scoped to workflows public_ping"_s
                                                      : u"the workflow's authentication is"_s;
                QTest::addRow("%s by %s", row.wf, qPrintable(who[i]))
                    << wf << QByteArray("POST") << who[i] << statuses[i] << reason;
            }
        }
        QTest::newRow("unknown workflow") << u"nope"_s << QByteArray("POST") << u"admin"_s << 404
                                          << u"no workflow is named `nope`"_s;
        QTest::newRow("GET on a POST workflow")
            << u"public_ping"_s << QByteArray("GET") << u"admin"_s << 405 << u"triggered by POST"_s;
        QTest::newRow("DELETE on a workflow") << u"public_ping"_s << QByteArray("DELETE")
                                              << u"anonymous"_s << 405 << u"used DELETE"_s;
    }

    void gate()
    {
        QFETCH(QString, workflow);
        QFETCH(QByteArray, method);
        QFETCH(QString, who);
        QFETCH(int, status);
        QFETCH(QString, reason);
        Trace trace;
        Route route;
        route.kind = Route::Kind::Workflow;
        route.name = workflow;
        const auto resolution = WorkflowGate::resolve(m_demo, route, method, trace);
        const ManualClock clock(kNow);
        int actual = 0;
        if (auto *refusal = std::get_if<EngineResponse>(&resolution)) {
            actual = refusal->status;
        } else {
            const auto denied = WorkflowGate::authorize(*std::get<const Workflow *>(resolution),
                                                        principal(who), clock, trace);
            actual = denied ? denied->status : 0;
            // Bubble's error code starts with the time, and the time is the clock's.
            if (actual == 401)
                QVERIFY(denied->jsonBody()[u"args"_s][u"code"_s].toString().startsWith(
                    QString::number(kNow.toMSecsSinceEpoch()) + u'x'));
        }
        QCOMPARE(actual, status);
        const TraceStep *deciding = trace.decidingStep();
        QVERIFY(deciding);
        QVERIFY2(deciding->reason.contains(reason), qPrintable(deciding->reason));
        QCOMPARE(deciding->verdict == TraceStep::Verdict::Refused, status != 0);
        QCOMPARE(deciding->subject, u"workflow `%1`"_s.arg(workflow));
    }

    void workflowApiOff()
    {
        Project project = m_demo;
        project.settings.workflowApiEnabled = false;
        Trace trace;
        const auto resolution = WorkflowGate::resolve(
            project, Route{Route::Kind::Workflow, u"public_ping"_s, {}, {}}, "POST", trace);
        const auto &response = std::get<EngineResponse>(resolution);
        QCOMPARE(response.status, 404);
        QCOMPARE(response.jsonBody()[u"body"_s][u"message"_s].toString(),
                 u"This application does not expose a Workflow API"_s);
        QCOMPARE(trace.decidingStep()->subject, u"settings: Workflow API"_s);
    }

    // Unexposed and missing answer alike on the wire; only the trace tells.
    void unexposedLooksLikeMissing()
    {
        Trace a;
        Trace b;
        const auto unexposed = WorkflowGate::resolve(
            m_demo, Route{Route::Kind::Workflow, u"internal_recalc"_s, {}, {}}, "POST", a);
        const auto missing = WorkflowGate::resolve(
            m_demo, Route{Route::Kind::Workflow, u"internal_recalX"_s, {}, {}}, "POST", b);
        QCOMPARE(std::get<EngineResponse>(unexposed).jsonBody()[u"body"_s][u"status"_s],
                 std::get<EngineResponse>(missing).jsonBody()[u"body"_s][u"status"_s]);
        QVERIFY(a.steps().first().reason != b.steps().first().reason);
    }

private:
    Project m_demo;
};

QTEST_GUILESS_MAIN(tst_WorkflowGate)
#include "tst_workflowgate.moc"
