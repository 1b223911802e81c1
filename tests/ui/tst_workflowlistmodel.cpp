// The workflow list model under QAbstractItemModelTester: it follows every
// document change with exact row notifications, and its setData and drops
// push commands instead of writing.
#include "EditorSelection.h"
#include "EditorSession.h"
#include "TestSupport.h"
#include "commands/AddWorkflow.h"
#include "commands/ChangeWorkflow.h"
#include "commands/MoveWorkflow.h"
#include "commands/RemoveWorkflow.h"
#include "models/WorkflowListModel.h"
#include "panels/WorkflowListPanel.h"

#include <QAbstractItemModelTester>
#include <QLineEdit>
#include <QListView>
#include <QMimeData>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace gatehouse;

class tst_WorkflowListModel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void rowsFollowTheDocument();
    void moveNotifiesExactRows_data();
    void moveNotifiesExactRows();
    void setDataPushesRename();
    void setDataRefusesBadName();
    void dropPushesMove();
    void rolesShowAccess_data();
    void rolesShowAccess();
    void theFilterKeepsTheNamesThatContainIt();

private:
    QStringList names() const
    {
        QStringList result;
        for (int row = 0; row < m_model->rowCount(); ++row)
            result.append(m_model->index(row).data().toString());
        return result;
    }
    QStringList documentNames() const
    {
        QStringList result;
        for (const Workflow &w : m_session->document()->project().workflows)
            result.append(w.name);
        return result;
    }

    Project m_demo;
    std::unique_ptr<EditorSession> m_session;
    std::unique_ptr<WorkflowListModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

void tst_WorkflowListModel::initTestCase()
{
    test::isolateSettings();
    m_demo = test::demoProject();
}

void tst_WorkflowListModel::init()
{
    m_tester.reset();
    m_model.reset();
    m_session = std::make_unique<EditorSession>(test::makeStore());
    QVERIFY(m_session->startUnsaved(m_demo));
    m_model = std::make_unique<WorkflowListModel>(m_session.get());
    m_tester = std::make_unique<QAbstractItemModelTester>(
        m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
}

void tst_WorkflowListModel::rowsFollowTheDocument()
{
    QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(m_model.get(), &QAbstractItemModel::rowsRemoved);
    Workflow fresh;
    fresh.name = u"fresh"_s;
    QVERIFY(m_session->push(new AddWorkflow(m_session->document(), 2, fresh)));
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(inserted.first().at(1).toInt(), 2);
    QCOMPARE(names(), documentNames());

    QVERIFY(m_session->push(new RemoveWorkflow(m_session->document(), 0)));
    QCOMPARE(removed.count(), 1);
    QCOMPARE(removed.first().at(1).toInt(), 0);
    QCOMPARE(names(), documentNames());

    m_session->undoStack()->undo();
    m_session->undoStack()->undo();
    QCOMPARE(names(), documentNames());
    QCOMPARE(m_model->rowCount(), m_demo.workflows.size());
}

void tst_WorkflowListModel::moveNotifiesExactRows_data()
{
    QTest::addColumn<int>("from");
    QTest::addColumn<int>("to");
    QTest::newRow("down") << 0 << 3;
    QTest::newRow("up") << 5 << 1;
    QTest::newRow("to end") << 2 << 6;
    QTest::newRow("to start") << 6 << 0;
}

void tst_WorkflowListModel::moveNotifiesExactRows()
{
    QFETCH(int, from);
    QFETCH(int, to);
    QSignalSpy moved(m_model.get(), &QAbstractItemModel::rowsMoved);
    const QString name = m_demo.workflows.at(from).name;
    QVERIFY(m_session->push(new MoveWorkflow(m_session->document(), from, to)));
    QCOMPARE(moved.count(), 1);
    QCOMPARE(m_model->index(to).data().toString(), name);
    QCOMPARE(names(), documentNames());
    m_session->undoStack()->undo();
    QCOMPARE(m_model->index(from).data().toString(), name);
}

void tst_WorkflowListModel::setDataPushesRename()
{
    QVERIFY(m_model->setData(m_model->index(5), u"ping"_s, Qt::EditRole));
    QCOMPARE(m_session->document()->project().workflows.at(5).name, u"ping"_s);
    QCOMPARE(m_model->index(5).data().toString(), u"ping"_s);
    QCOMPARE(m_session->undoStack()->count(), 1);
    m_session->undoStack()->undo();
    QCOMPARE(m_model->index(5).data().toString(), u"public_ping"_s);
}

void tst_WorkflowListModel::setDataRefusesBadName()
{
    QVERIFY(!m_model->setData(m_model->index(0), u"signup"_s, Qt::EditRole));
    QVERIFY(!m_model->setData(m_model->index(0), u"a/b"_s, Qt::EditRole));
    QCOMPARE(m_session->undoStack()->count(), 0);
    QCOMPARE(names(), documentNames());
}

void tst_WorkflowListModel::dropPushesMove()
{
    std::unique_ptr<QMimeData> data(m_model->mimeData({m_model->index(0)}));
    QVERIFY(data);
    // Dropped before row 3: lands at position 2 once it has left position 0.
    QVERIFY(!m_model->dropMimeData(data.get(), Qt::MoveAction, 3, 0, {}));
    QCOMPARE(m_model->index(2).data().toString(), u"issue_token"_s);
    QCOMPARE(m_session->undoStack()->undoText(), u"Move workflow issue_token to position 3"_s);
    QCOMPARE(names(), documentNames());
}

void tst_WorkflowListModel::rolesShowAccess_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("exposed");
    QTest::addColumn<int>("auth");
    QTest::newRow("public") << u"public_ping"_s << true << int(AuthMode::NoneRequired);
    QTest::newRow("users") << u"create_transaction"_s << true << int(AuthMode::UserAndAdmin);
    QTest::newRow("admins") << u"admin_cleanup"_s << true << int(AuthMode::AdminOnly);
    QTest::newRow("internal") << u"internal_recalc"_s << false << int(AuthMode::UserAndAdmin);
}

void tst_WorkflowListModel::rolesShowAccess()
{
    QFETCH(QString, name);
    QFETCH(bool, exposed);
    QFETCH(int, auth);
    const QModelIndex index = m_model->index(m_demo.indexOfWorkflow(name));
    QCOMPARE(index.data(WorkflowListModel::ExposedRole).toBool(), exposed);
    QCOMPARE(index.data(WorkflowListModel::AuthModeRole).toInt(), auth);
    QVERIFY(!index.data(Qt::DecorationRole).value<QIcon>().isNull());
    const QString tip = index.data(Qt::ToolTipRole).toString();
    QVERIFY2(tip.contains(exposed ? authModeDisplayName(AuthMode(auth)) : u"not exposed"_s),
             qPrintable(tip));
}

QTEST_MAIN(tst_WorkflowListModel)
#include "tst_workflowlistmodel.moc"

// The list panel's filter, typed a key at a time as the bench types it: the
// rows are the workflows whose name contains the text, any case, in the
// project's order, and erasing it brings every row back.
void tst_WorkflowListModel::theFilterKeepsTheNamesThatContainIt()
{
    EditorSelection selection(m_session->document());
    WorkflowListPanel panel(m_session.get(), &selection);
    QAbstractItemModel *shown = panel.view()->model();
    const auto shownNames = [shown] {
        QStringList out;
        for (int row = 0; row < shown->rowCount(); ++row)
            out.append(shown->index(row, 0).data().toString());
        return out;
    };
    const auto containing = [this](const QString &text) {
        QStringList out;
        for (const QString &name : documentNames()) {
            if (name.contains(text, Qt::CaseInsensitive))
                out.append(name);
        }
        return out;
    };
    const QStringList all = documentNames();
    QCOMPARE(shownNames(), all);
    const QString typed = u"TRANS"_s;
    for (const QChar c : typed) {
        QTest::keyClick(panel.filterEdit(), c.toLatin1());
        QCOMPARE(shownNames(), containing(panel.filterEdit()->text()));
    }
    QVERIFY(!shownNames().isEmpty());
    QVERIFY(shownNames().size() < all.size());
    QTest::keyClicks(panel.filterEdit(), u"-nothing-has-this"_s);
    QVERIFY(shownNames().isEmpty());
    panel.filterEdit()->clear();
    QCOMPARE(shownNames(), all);
}
