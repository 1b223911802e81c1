#include "../engine/AgreementCases.h"
#include "MatrixFixtures.h"

#include "audit/AccessMatrix.h"
#include "audit/MatrixRoles.h"
#include "engine/Clock.h"
#include "engine/MemoryDataStore.h"
#include "engine/Principals.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace gatehouse;
using namespace gatehouse::audit;
using namespace gatehouse::test;

// Issue 15, item 2: the access matrix of the demo, pinned where it says
// something a reviewer needs, and every cell the same as AccessQuestion
// asked of the whole project.
class tst_AccessMatrix : public QObject
{
    Q_OBJECT

    MatrixDemo m_demo = MatrixDemo::build();
    AccessMatrix m_matrix;

    MatrixCell at(const QString &principal, const QString &column) const
    {
        const int row = m_matrix.rowOf(principal);
        const int col = m_matrix.columnOf(column);
        if (row < 0 || col < 0)
            qFatal("no cell %s x %s", qPrintable(principal), qPrintable(column));
        return m_matrix.cell(row, col);
    }

private slots:
    void initTestCase() { m_matrix = AccessMatrix::compute(m_demo.project, matrixNow()); }

    void rowsAndColumns()
    {
        QVERIFY(m_matrix.complete());
        QStringList rows;
        for (const MatrixPrincipal &p : m_matrix.principals())
            rows << p.label();
        QCOMPARE(rows, (QStringList{u"anonymous"_s, u"user alice@example.com"_s,
                                    u"user bob@example.com"_s, u"user root@example.com"_s,
                                    u"token ci"_s, u"token zapier"_s, u"token alice-app"_s,
                                    u"token old"_s, u"token lapsed"_s, u"role: admin = yes"_s}));
        // 7 workflows, 2 types x 7 operations.
        QCOMPARE(m_matrix.columnCount(), 7 + 2 * 7);
        QVERIFY(m_matrix.columnOf(u"tag_my_transactions"_s) >= 0);
        QVERIFY(m_matrix.columnOf(u"bulk create on Transaction"_s) >= 0);
    }

    void demoCells_data()
    {
        QTest::addColumn<QString>("principal");
        QTest::addColumn<QString>("column");
        QTest::addColumn<QString>("verdict");
        QTest::addColumn<QString>("decidedBy");
        QTest::addColumn<QString>("reasonHas");
        QTest::newRow("anyone pings") << u"anonymous"_s << u"public_ping"_s << u"allowed"_s
                                      << u"workflow `public_ping`"_s << u"None required"_s;
        QTest::newRow("anonymous may not tag")
            << u"anonymous"_s << u"tag_my_transactions"_s << u"refused"_s
            << u"workflow `tag_my_transactions`"_s << u"gave no token"_s;
        QTest::newRow("a user tags")
            << u"user alice@example.com"_s << u"tag_my_transactions"_s << u"allowed"_s
            << u"workflow `tag_my_transactions`"_s << u"alice@example.com"_s;
        QTest::newRow("cleanup is admin only")
            << u"user root@example.com"_s << u"admin_cleanup"_s << u"refused"_s
            << u"workflow `admin_cleanup`"_s << u"Admin only"_s;
        QTest::newRow("not exposed") << u"token ci"_s << u"internal_recalc"_s << u"refused"_s
                                     << u"workflow `internal_recalc`"_s << u"not exposed"_s;
        QTest::newRow("owner's rows")
            << u"user bob@example.com"_s << u"delete on Transaction"_s << u"conditional"_s
            << u"`owner`"_s << u"This Transaction's Creator is Current User"_s;
        QTest::newRow("admins' rule does not grant delete")
            << u"user bob@example.com"_s << u"delete on Transaction"_s << u"conditional"_s
            << u"`owner`"_s
            << u"where `owner` (This Transaction's Creator is Current User) holds"_s;
        // The admins rule cannot hold for anonymous: only owner is left.
        QTest::newRow("list needs find")
            << u"anonymous"_s << u"list on Transaction"_s << u"conditional"_s << u"`owner`"_s
            << u"This Transaction's Creator is Current User"_s;
        QTest::newRow("admins find every transaction")
            << u"user root@example.com"_s << u"list on Transaction"_s << u"allowed"_s
            << u"rule `admins`"_s << u"holds for the caller on every Transaction"_s;
        QTest::newRow("the admin role, too")
            << u"role: admin = yes"_s << u"get on Transaction"_s << u"allowed"_s
            << u"rule `admins`"_s << u"on every Transaction"_s;
        QTest::newRow("User is not in the Data API")
            << u"anonymous"_s << u"list on User"_s << u"refused"_s << u"settings: Data API types"_s
            << u"exposed in the Data API"_s;
        QTest::newRow("admin bypasses privacy")
            << u"token ci"_s << u"delete on Transaction"_s << u"allowed"_s
            << u"privacy rules bypassed"_s << u"bypasses"_s;
        QTest::newRow("scope refuses delete")
            << u"token zapier"_s << u"delete on Transaction"_s << u"refused"_s
            << u"data type `Transaction`"_s << u"zapier"_s;
        QTest::newRow("scope lets modify") << u"token zapier"_s << u"modify on Transaction"_s
                                           << u"allowed"_s << u"privacy rules bypassed"_s << u""_s;
        // zapier may view and modify transactions, not find them.
        QTest::newRow("scope without find refuses a list")
            << u"token zapier"_s << u"list on Transaction"_s << u"refused"_s
            << u"data type `Transaction`"_s << u"token `zapier` may not find Transaction"_s;
        QTest::newRow("scope with view lets a get by id")
            << u"token zapier"_s << u"get on Transaction"_s << u"allowed"_s
            << u"privacy rules bypassed"_s << u""_s;
        QTest::newRow("scope refuses a workflow")
            << u"token zapier"_s << u"tag_my_transactions"_s << u"refused"_s
            << u"workflow `tag_my_transactions`"_s << u"scoped"_s;
        QTest::newRow("revoked") << u"token old"_s << u"public_ping"_s << u"refused"_s
                                 << u"token `old`"_s << u"revoked"_s;
        QTest::newRow("expired") << u"token lapsed"_s << u"list on Transaction"_s << u"refused"_s
                                 << u"token `lapsed`"_s << u"expired"_s;
        QTest::newRow("a user token is its user") << u"token alice-app"_s << u"get on Transaction"_s
                                                  << u"conditional"_s << u"`owner`"_s << u"holds"_s;
    }

    void demoCells()
    {
        QFETCH(QString, principal);
        QFETCH(QString, column);
        QFETCH(QString, verdict);
        QFETCH(QString, decidedBy);
        QFETCH(QString, reasonHas);
        const MatrixCell cell = at(principal, column);
        QCOMPARE(cell.verdictWord(), verdict);
        QVERIFY2(cell.decidedBy.startsWith(decidedBy), qPrintable(cell.decidedBy));
        QVERIFY2(cell.reason.contains(reasonHas), qPrintable(cell.reason));
    }

    // The matrix asks each workflow of a project holding it alone; the whole
    // project, asked cell by cell, answers the same on the demo and on
    // generated variants of it.
    void everyCellIsTheWholeProjectsAnswer()
    {
        QRandomGenerator random(15);
        for (int i = 0; i < 40; ++i) {
            const Project project =
                i == 0 ? m_demo.project : agreement::generated(m_demo.project, random);
            const AccessMatrix matrix = AccessMatrix::compute(project, matrixNow());
            const QString first = firstDifference(project, matrix);
            QVERIFY2(first.isEmpty(), qPrintable(first + u'\n' + agreement::describe(project)));
        }
    }

    void progressCanStop()
    {
        int calls = 0;
        const AccessMatrix stopped =
            AccessMatrix::compute(m_demo.project, matrixNow(), [&calls](int done, int total) {
                ++calls;
                return done < total / 2;
            });
        QVERIFY(!stopped.complete());
        QCOMPARE(calls, (7 + 14) / 2);
        int last = 0;
        AccessMatrix::compute(m_demo.project, matrixNow(), [&last](int done, int total) {
            last = done;
            return done <= total;
        });
        QCOMPARE(last, 21);
    }

private:
    QString firstDifference(const Project &project, const AccessMatrix &matrix) const
    {
        QList<Record> records = project.records;
        const QList<MatrixRole> roles = MatrixRoles::of(project);
        for (int i = 0; i < roles.size(); ++i)
            records << MatrixRoles::userOf(roles.at(i), i);
        const MemoryDataStore store(records);
        const ManualClock clock(matrixNow());
        const AccessQuestion question(project, store, clock);
        for (int row = 0; row < matrix.rowCount(); ++row) {
            const MatrixPrincipal &who = matrix.principals().at(row);
            for (int col = 0; col < matrix.columnCount(); ++col) {
                const MatrixColumn &what = matrix.columns().at(col);
                const AccessAnswer expected = ask(project, question, who, what);
                const MatrixCell got = matrix.cell(row, col);
                if (got.verdict != expected.verdict || got.decidedBy != expected.decidedBy ||
                    got.reason != expected.reason)
                    return u"%1 x %2: matrix %3 (%4: %5), whole project %6 (%7: %8)"_s.arg(
                        who.label(), what.label(), got.verdictWord(), got.decidedBy, got.reason,
                        MatrixCell::wordOf(expected.verdict), expected.decidedBy, expected.reason);
            }
        }
        return {};
    }

    AccessAnswer ask(const Project &project, const AccessQuestion &question,
                     const MatrixPrincipal &who, const MatrixColumn &what) const
    {
        if (who.kind == MatrixPrincipal::Kind::Token) {
            const EngineRequest request = EngineRequest::make(
                "GET", u"/"_s, {},
                {{"Authorization", "Bearer " + m_demo.secrets.value(who.name).toUtf8()}});
            return what.isWorkflow()
                       ? question.workflow(what.resource, request)
                       : question.dataOperation(what.resource, what.operation, request);
        }
        Principal principal = Principals::anonymous();
        if (who.kind == MatrixPrincipal::Kind::Role) {
            const QList<MatrixRole> roles = MatrixRoles::of(project);
            for (int i = 0; i < roles.size(); ++i) {
                if (roles.at(i).name() == who.name)
                    principal = Principals::user(MatrixRoles::userOf(roles.at(i), i).id);
            }
        }
        if (who.kind == MatrixPrincipal::Kind::User) {
            for (const Record &r : project.records) {
                if (r.values.value(u"email"_s).toString() == who.name)
                    principal = Principals::user(r.id);
            }
            principal.userEmail = who.name;
        }
        return what.isWorkflow() ? question.workflow(what.resource, principal)
                                 : question.dataOperation(what.resource, what.operation, principal);
    }
};

QTEST_GUILESS_MAIN(tst_AccessMatrix)
#include "tst_accessmatrix.moc"
