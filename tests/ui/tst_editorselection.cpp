// The selection follows the document: when workflows move, the selected one
// stays selected, whether it moved itself or another moved across it.
#include "EditorSelection.h"
#include "EditorSession.h"
#include "MainWindow.h"
#include "TestSupport.h"
#include "commands/MoveWorkflow.h"
#include "files/FileController.h"
#include "panels/PropertyPanel.h"
#include "panels/WorkflowListPanel.h"
#include "panels/WorkflowPropertiesPanel.h"

#include <QApplication>
#include <QLineEdit>
#include <QListView>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace gatehouse;

class tst_EditorSelection : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { test::isolateSettings(); }
    void selectedWorkflowStaysSelectedWhenAnyMoves_data();
    void selectedWorkflowStaysSelectedWhenAnyMoves();
    void undoingAMoveSelectsTheMovedWorkflow();
};

void tst_EditorSelection::selectedWorkflowStaysSelectedWhenAnyMoves_data()
{
    QTest::addColumn<int>("selected");
    QTest::addColumn<int>("from");
    QTest::addColumn<int>("to");
    QTest::newRow("the selected one moves down") << 2 << 2 << 5;
    QTest::newRow("the selected one moves up") << 4 << 4 << 0;
    QTest::newRow("one from above lands below") << 2 << 0 << 4;
    QTest::newRow("one from above lands on it") << 2 << 0 << 2;
    QTest::newRow("one from below lands above") << 2 << 5 << 1;
    QTest::newRow("one from below lands on it") << 2 << 5 << 2;
    QTest::newRow("both above") << 4 << 0 << 2;
    QTest::newRow("both below") << 1 << 3 << 6;
}

void tst_EditorSelection::selectedWorkflowStaysSelectedWhenAnyMoves()
{
    QFETCH(int, selected);
    QFETCH(int, from);
    QFETCH(int, to);
    EditorSession session(test::makeStore());
    QVERIFY(session.startUnsaved(test::demoProject()));
    EditorSelection selection(session.document());
    selection.select(selected);
    const QString name = session.document()->project().workflows.at(selected).name;
    QVERIFY(session.push(new MoveWorkflow(session.document(), from, to)));
    QCOMPARE(session.document()->project().workflows.at(selection.workflow()).name, name);
    session.undoStack()->undo();
    QCOMPARE(selection.workflow(), selected);
    session.undoStack()->redo();
    QCOMPARE(session.document()->project().workflows.at(selection.workflow()).name, name);
}

// Move one workflow, select another, undo the move with Ctrl+Z: the list,
// the selection and the properties follow the workflow the undo moved back,
// never a row that now holds a different one.
void tst_EditorSelection::undoingAMoveSelectsTheMovedWorkflow()
{
    MainWindow::Options options;
    options.store = test::makeStore();
    options.prompter = std::make_unique<test::ScriptedPrompter>(std::make_shared<test::Script>());
    options.restoreLayout = false;
    MainWindow window(std::move(options));
    window.show();
    QApplication::setActiveWindow(&window);
    QVERIFY(QTest::qWaitForWindowActive(&window));
    QVERIFY(window.files()->openDemo());
    EditorSession *session = window.session();
    QVERIFY(session->push(new MoveWorkflow(session->document(), 0, 3))); // issue_token
    QCOMPARE(session->document()->project().workflows.at(3).name, u"issue_token"_s);

    QListView *list = window.listPanel()->view();
    const QRect signupRow = list->visualRect(list->model()->index(0, 0));
    QCOMPARE(list->model()->index(0, 0).data().toString(), u"signup"_s);
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, signupRow.center());
    QCOMPARE(window.selection()->workflow(), 0);

    // Undo selects what it changed (issue 18): the workflow it moved back.
    QTest::keyClick(list, Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(session->document()->project().workflows.at(0).name, u"issue_token"_s);
    QCOMPARE(window.selection()->workflow(), 0);
    QCOMPARE(list->currentIndex().data().toString(), u"issue_token"_s);
    QCOMPARE(window.propertyPanel()->workflowPanel()->nameEdit()->text(), u"issue_token"_s);
}

QTEST_MAIN(tst_EditorSelection)
#include "tst_editorselection.moc"
