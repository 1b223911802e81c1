#include "EngineFixture.h"
#include "EngineTable.h"

#include "engine/AccessQuestion.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace gatehouse;

Q_DECLARE_METATYPE(AccessAnswer::Verdict)
Q_DECLARE_METATYPE(DataApiGate::Operation)

namespace {
Principal caller(const QString &name)
{
    Principal p;
    if (name == u"alice"_s || name == u"bob"_s || name == u"root"_s) {
        p.kind = Principal::Kind::User;
        p.userId = name == u"alice"_s ? DemoProject::aliceId()
                   : name == u"bob"_s ? DemoProject::bobId()
                                      : DemoProject::rootId();
        p.tokenName = u"session"_s;
    } else if (name == u"admin"_s) {
        p.kind = Principal::Kind::Admin;
        p.tokenName = u"admin"_s;
    }
    return p;
}
} // namespace

// The side-effect-free question the access matrix and the audit ask: the
// same gates as a request, and nothing changes.
class tst_AccessQuestion : public QObject
{
    Q_OBJECT

private slots:
    void init() { QVERIFY(m.build()); }

    void workflows_data()
    {
        QTest::addColumn<QString>("workflow");
        QTest::addColumn<QString>("who");
        QTest::addColumn<bool>("allowed");
        QTest::addColumn<QString>("reason");
        QTest::newRow("ping anonymous")
            << u"public_ping"_s << u"anonymous"_s << true << u"None required lets anonymous in"_s;
        QTest::newRow("create anonymous") << u"create_transaction"_s << u"anonymous"_s << false
                                          << u"User and admin, and the caller gave no token"_s;
        QTest::newRow("create alice")
            << u"create_transaction"_s << u"alice"_s << true << u"User and admin lets user"_s;
        QTest::newRow("cleanup alice")
            << u"admin_cleanup"_s << u"alice"_s << false << u"Admin only"_s;
        QTest::newRow("cleanup admin")
            << u"admin_cleanup"_s << u"admin"_s << true << u"lets admin token"_s;
        QTest::newRow("unexposed")
            << u"internal_recalc"_s << u"admin"_s << false << u"is not exposed"_s;
        QTest::newRow("unknown") << u"nightly"_s << u"admin"_s << false
                                 << u"no workflow is named `nightly`"_s;
    }

    void workflows()
    {
        QFETCH(QString, workflow);
        QFETCH(QString, who);
        QFETCH(bool, allowed);
        QFETCH(QString, reason);
        const AccessAnswer answer =
            AccessQuestion(m.project, *m.store, m.clock).workflow(workflow, caller(who));
        QCOMPARE(answer.allowed(), allowed);
        QVERIFY2(answer.reason.contains(reason), qPrintable(answer.reason));
    }

    void dataOperations_data()
    {
        using Op = DataApiGate::Operation;
        using V = AccessAnswer::Verdict;
        QTest::addColumn<QString>("type");
        QTest::addColumn<DataApiGate::Operation>("operation");
        QTest::addColumn<QString>("who");
        QTest::addColumn<int>("record"); // index in the demo's records, or -1 for the type
        QTest::addColumn<AccessAnswer::Verdict>("verdict");
        QTest::addColumn<QString>("reason");
        // `admins` reads no record: it is decided by the caller alone.
        QTest::newRow("list as anonymous")
            << u"Transaction"_s << Op::List << u"anonymous"_s << -1 << V::DependsOnRecord
            << u"where `owner` (This Transaction's Creator is Current User) holds"_s;
        QTest::newRow("list as an admin user")
            << u"Transaction"_s << Op::List << u"root"_s << -1 << V::Allowed
            << u"rule `admins` holds for the caller on every Transaction"_s;
        QTest::newRow("delete as an admin user")
            << u"Transaction"_s << Op::Delete << u"root"_s << -1 << V::DependsOnRecord
            << u"where `owner` (This Transaction's Creator is Current User) holds"_s;
        QTest::newRow("delete as alice")
            << u"Transaction"_s << Op::Delete << u"alice"_s << -1 << V::DependsOnRecord
            << u"where `owner` (This Transaction's Creator is "
               "Current User) holds"_s;
        QTest::newRow("delete as admin") << u"Transaction"_s << Op::Delete << u"admin"_s << -1
                                         << V::Allowed << u"bypasses privacy rules"_s;
        QTest::newRow("alice deletes hers") << u"Transaction"_s << Op::Delete << u"alice"_s << 3
                                            << V::Allowed << u"rule `owner` lets"_s;
        QTest::newRow("bob deletes alice's") << u"Transaction"_s << Op::Delete << u"bob"_s << 3
                                             << V::Refused << u"everyone else does not let"_s;
        QTest::newRow("bob finds his")
            << u"Transaction"_s << Op::Get << u"bob"_s << 6 << V::Allowed << u"rule `owner`"_s;
        QTest::newRow("User is not exposed") << u"User"_s << Op::List << u"admin"_s << -1
                                             << V::Refused << u"no data type `user` is exposed"_s;
    }

    void dataOperations()
    {
        QFETCH(QString, type);
        QFETCH(DataApiGate::Operation, operation);
        QFETCH(QString, who);
        QFETCH(int, record);
        QFETCH(AccessAnswer::Verdict, verdict);
        QFETCH(QString, reason);
        const auto before = m.store->all();
        const QString id = record < 0 ? QString() : m.project.records.at(record).id;
        const AccessAnswer answer = AccessQuestion(m.project, *m.store, m.clock)
                                        .dataOperation(type, operation, caller(who), id);
        QCOMPARE(answer.verdict, verdict);
        QVERIFY2(answer.reason.contains(reason), qPrintable(answer.reason));
        QCOMPARE(m.store->all(), before);
    }

    // For every workflow and every caller of the engine's tables, the
    // question and a real request agree, and name the same deciding subject.
    void agreesWithTheEngine_data()
    {
        QTest::addColumn<QString>("who");
        for (const QString &who : kEngineCallers)
            QTest::newRow(qPrintable(who)) << who;
    }

    void agreesWithTheEngine()
    {
        QFETCH(QString, who);
        const AccessQuestion question(m.project, *m.store, m.clock);
        for (const Workflow &w : m.project.workflows) {
            const QString target = u"/api/1.1/wf/"_s + w.name;
            const AccessAnswer answer = question.workflow(w.name, m.request(who, "POST", target));
            const EngineResponse response = m.call(who, "POST", target);
            const bool passedGate =
                response.status != 401 && response.status != 403 && response.status != 404;
            const QString context = u"%1 by %2: %3 / %4 %5"_s.arg(w.name, who, answer.reason)
                                        .arg(response.status)
                                        .arg(response.trace.toText());
            QVERIFY2(answer.allowed() == passedGate, qPrintable(context));
            if (!passedGate)
                QVERIFY2(answer.decidedBy == response.trace.decidingStep()->subject,
                         qPrintable(context));
        }
    }

private:
    EngineFixture m;
};

QTEST_GUILESS_MAIN(tst_AccessQuestion)
#include "tst_accessquestion.moc"
