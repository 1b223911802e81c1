// Every undo entry says what it did, undo and redo select what they changed,
// and undo keys inside a text field belong to that field.
#include "EditorSelection.h"
#include "EditorSession.h"
#include "MainWindow.h"
#include "TestSupport.h"
#include "files/FileController.h"
#include "panels/ActionPropertiesPanel.h"
#include "panels/ExpressionEdit.h"
#include "panels/PropertyPanel.h"
#include "panels/WorkflowCanvas.h"
#include "panels/WorkflowListPanel.h"
#include "panels/WorkflowPropertiesPanel.h"

#include <QAbstractItemModel>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDockWidget>
#include <QLineEdit>
#include <QTableView>
#include <QTest>
#include <QUndoStack>
#include <QUndoView>

using namespace Qt::Literals::StringLiterals;
using namespace gatehouse;

class tst_UndoNames : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { test::isolateSettings(); }
    void entriesNameWhatTheyDid();
    void typingNamesTheValueItEndedOn();
    void historyShowsTheNames();
    void undoAndRedoSelectWhatChanged();
    void undoKeysInATextFieldAreTheFields();

private:
    std::unique_ptr<MainWindow> makeWindow();
    QString lastEntry(MainWindow &window) const
    {
        const QUndoStack *stack = window.session()->undoStack();
        return stack->text(stack->index() - 1);
    }
};

std::unique_ptr<MainWindow> tst_UndoNames::makeWindow()
{
    MainWindow::Options options;
    options.store = test::makeStore();
    options.prompter = std::make_unique<test::ScriptedPrompter>(std::make_shared<test::Script>());
    options.restoreLayout = false;
    auto window = std::make_unique<MainWindow>(std::move(options));
    window->files()->openDemo();
    window->show();
    QApplication::setActiveWindow(window.get());
    return window;
}

void tst_UndoNames::entriesNameWhatTheyDid()
{
    auto window = makeWindow();
    QVERIFY(window->selectWorkflow(u"create_transaction"_s));
    WorkflowPropertiesPanel *panel = window->propertyPanel()->workflowPanel();
    QComboBox *auth = panel->authenticationCombo();
    auth->setFocus();
    QTest::keyClick(auth, Qt::Key_Down);
    QCOMPARE(lastEntry(*window), u"Set create_transaction's authentication to Admin only"_s);

    QVERIFY(window->selectWorkflow(u"signup"_s));
    panel->nameEdit()->setFocus();
    panel->nameEdit()->selectAll();
    QTest::keyClicks(panel->nameEdit(), u"register"_s);
    QTest::keyClick(panel->nameEdit(), Qt::Key_Return);
    QCOMPARE(lastEntry(*window), u"Rename workflow signup to register"_s);

    panel->exposedCheck()->click();
    QCOMPARE(lastEntry(*window), u"Stop exposing register"_s);

    window->selection()->select(2, 0);
    ActionPropertiesPanel *step = window->propertyPanel()->actionPanel();
    QAbstractItemModel *values = step->assignmentTable()->model();
    QVERIFY(values->setData(values->index(2, 1), u"amount * 2"_s, Qt::EditRole));
    QCOMPARE(lastEntry(*window), u"Set create_transaction step 1's value amount to `amount * 2`"_s);

    window->canvas()->deleteSelectedStep();
    QCOMPARE(lastEntry(*window), u"Delete step 1 (Create a new thing) of create_transaction"_s);
}

void tst_UndoNames::typingNamesTheValueItEndedOn()
{
    auto window = makeWindow();
    QVERIFY(window->selectWorkflow(u"create_transaction"_s));
    QLineEdit *condition = window->propertyPanel()->workflowPanel()->conditionEdit()->lineEdit();
    condition->setFocus();
    condition->end(false);
    const int before = window->session()->undoStack()->count();
    QTest::keyClicks(condition, u"0"_s);
    QTest::keyClicks(condition, u"0"_s);
    QCOMPARE(window->session()->undoStack()->count(), before + 1); // one run, one entry
    QCOMPARE(lastEntry(*window), u"Set create_transaction's condition to `amount > 000`"_s);
}

void tst_UndoNames::historyShowsTheNames()
{
    auto window = makeWindow();
    QVERIFY(window->selectWorkflow(u"public_ping"_s));
    window->propertyPanel()->workflowPanel()->ignorePrivacyCheck()->click();
    auto *history = window->findChild<QUndoView *>(u"historyView"_s);
    QVERIFY(history);
    QCOMPARE(history->model()->rowCount(), 2); // <opened>, then the edit
    QCOMPARE(history->model()->index(1, 0).data().toString(),
             u"Make public_ping ignore privacy rules"_s);
}

void tst_UndoNames::undoAndRedoSelectWhatChanged()
{
    auto window = makeWindow();
    window->selection()->select(3, 0); // tag_my_transactions, step 1
    ActionPropertiesPanel *step = window->propertyPanel()->actionPanel();
    QLineEdit *condition = step->conditionEdit()->lineEdit();
    condition->setFocus();
    QTest::keyClicks(condition, u"yes"_s);
    QVERIFY(window->selectWorkflow(u"signup"_s));
    condition->clearFocus();

    window->session()->undoStack()->undo();
    QCOMPARE(window->selection()->workflow(), 3);
    QCOMPARE(window->selection()->action(), 0);
    QVERIFY(
        window->session()->document()->project().workflows.at(3).actions.at(0).condition.isEmpty());

    QVERIFY(window->selectWorkflow(u"public_ping"_s));
    window->session()->undoStack()->redo();
    QCOMPARE(window->selection()->workflow(), 3);
    QCOMPARE(window->selection()->action(), 0);
}

void tst_UndoNames::undoKeysInATextFieldAreTheFields()
{
    auto window = makeWindow();
    QVERIFY(window->selectWorkflow(u"create_transaction"_s));
    QLineEdit *condition = window->propertyPanel()->workflowPanel()->conditionEdit()->lineEdit();
    condition->setFocus();
    QTRY_VERIFY(condition->hasFocus());
    condition->end(false);
    QTest::keyClicks(condition, u"1"_s);
    QCOMPARE(condition->text(), u"amount > 01"_s);
    QUndoStack *stack = window->session()->undoStack();
    const int entries = stack->count();

    QTest::keyClick(condition, Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(condition->text(), u"amount > 0"_s);
    QTest::keyClick(condition, Qt::Key_Y, Qt::ControlModifier);
    QCOMPARE(condition->text(), u"amount > 01"_s);
    QTest::keyClick(condition, Qt::Key_Z, Qt::ControlModifier);
    QTest::keyClick(condition, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(condition->text(), u"amount > 01"_s);
    // The document followed the field; the stack kept its one entry.
    QCOMPARE(window->session()->document()->project().workflows.at(2).condition, u"amount > 01"_s);
    QCOMPARE(stack->count(), entries);
    QVERIFY(stack->canUndo());
}

QTEST_MAIN(tst_UndoNames)
#include "tst_undonames.moc"
