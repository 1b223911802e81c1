// Expressions in the property panel: what completion offers where (only the
// steps before the current one), and the action's values edited as
// expressions, completed and checked like the condition field.
#include "EditorSelection.h"
#include "EditorSession.h"
#include "MainWindow.h"
#include "TestSupport.h"
#include "files/FileController.h"
#include "models/AssignmentTableModel.h"
#include "panels/ActionPropertiesPanel.h"
#include "panels/ExpressionEdit.h"
#include "panels/PropertyPanel.h"
#include "panels/StatusColors.h"
#include "panels/WorkflowCanvas.h"
#include "panels/WorkflowPropertiesPanel.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QCompleter>
#include <QLabel>
#include <QLineEdit>
#include <QStatusBar>
#include <QTableView>
#include <QTest>
#include <QToolButton>

using namespace Qt::Literals::StringLiterals;
using namespace gatehouse;

namespace {
// What the completer shows for the text typed so far.
QStringList offered(ExpressionEdit &edit)
{
    QStringList words;
    QCompleter *completer = edit.completer();
    if (!completer->popup()->isVisible())
        return words;
    for (int row = 0; row < completer->completionCount(); ++row) {
        completer->setCurrentRow(row);
        words << completer->currentCompletion();
    }
    return words;
}
} // namespace

class tst_ExpressionFields : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { test::isolateSettings(); }
    void init();
    void cleanup() { m_window.reset(); }
    void completionOffersOnlyEarlierSteps();
    void valuesAreCheckedAsTheyAreTyped();
    void valuesComplete();
    void completionLeavesTheMessageInSight();

private:
    const Action &step(int index) const
    {
        return m_window->session()
            ->document()
            ->project()
            .findWorkflow(u"create_transaction"_s)
            ->actions.at(index);
    }
    void clickStep(int index)
    {
        WorkflowCanvas *canvas = m_window->canvas();
        QTest::mouseClick(canvas, Qt::LeftButton, {}, canvas->cardRect(index).center());
        QCOMPARE(m_window->selection()->action(), index);
    }
    // Opens the editor of the value in `row` with a double click.
    ExpressionEdit *editValue(int row)
    {
        QTableView *table = m_window->propertyPanel()->actionPanel()->assignmentTable();
        const QModelIndex cell = table->model()->index(row, AssignmentTableModel::ValueColumn);
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, table->visualRect(cell).center());
        QTest::mouseDClick(table->viewport(), Qt::LeftButton, {}, table->visualRect(cell).center());
        // An editor closed before waits for deletion: the visible one is new.
        for (auto *editor : table->findChildren<ExpressionEdit *>(u"valueEditor"_s)) {
            if (editor->isVisible())
                return editor;
        }
        return nullptr;
    }
    // Types as a user does: while the completion popup is open, keys go to it
    // and it passes them on to the line edit.
    static void typeInto(ExpressionEdit &edit, const QString &text)
    {
        for (const QChar c : text) {
            QWidget *popup = edit.completer()->popup();
            QTest::keyClicks(popup->isVisible() ? popup : edit.lineEdit(), QString(c));
            QVERIFY2(edit.isVisible(), "the cell's editor closed while typing");
        }
    }
    static void retype(QLineEdit *line, const QString &text)
    {
        line->selectAll();
        QTest::keyClick(line, Qt::Key_Backspace);
        QTest::keyClicks(line, text);
    }

    std::unique_ptr<MainWindow> m_window;
};

void tst_ExpressionFields::init()
{
    MainWindow::Options options;
    options.store = test::makeStore();
    options.prompter = std::make_unique<test::ScriptedPrompter>(std::make_shared<test::Script>());
    options.restoreLayout = false;
    m_window = std::make_unique<MainWindow>(std::move(options));
    m_window->show();
    QApplication::setActiveWindow(m_window.get());
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    QVERIFY(m_window->files()->openDemo());
    QVERIFY(m_window->selectWorkflow(u"create_transaction"_s));
}

void tst_ExpressionFields::completionOffersOnlyEarlierSteps()
{
    // The workflow's condition runs before any step: no step results.
    ExpressionEdit *condition = m_window->propertyPanel()->workflowPanel()->conditionEdit();
    condition->lineEdit()->setFocus();
    condition->lineEdit()->end(false);
    QTest::keyClicks(condition->lineEdit(), u" and Res"_s);
    QCOMPARE(offered(*condition), QStringList());
    QTest::keyClicks(condition->lineEdit(), u"ult of step 1 is empty"_s);
    QVERIFY(!condition->message().isEmpty()); // and the checker agrees

    // Step 1 sees no earlier step; step 2 sees step 1 only.
    clickStep(0);
    ExpressionEdit *stepCondition = m_window->propertyPanel()->actionPanel()->conditionEdit();
    stepCondition->lineEdit()->setFocus();
    QTest::keyClicks(stepCondition->lineEdit(), u"Res"_s);
    QCOMPARE(offered(*stepCondition), QStringList());
    retype(stepCondition->lineEdit(), QString());

    clickStep(1);
    stepCondition->lineEdit()->setFocus();
    QTest::keyClicks(stepCondition->lineEdit(), u"Res"_s);
    QCOMPARE(offered(*stepCondition), QStringList{u"Result of step 1"_s});
    // Typing on keeps the popup open although every keystroke is an edit.
    QTest::keyClicks(stepCondition->lineEdit(), u"u"_s);
    QCOMPARE(offered(*stepCondition), QStringList{u"Result of step 1"_s});
    QCOMPARE(step(1).condition, u"Resu"_s);
}

void tst_ExpressionFields::valuesAreCheckedAsTheyAreTyped()
{
    clickStep(0); // create a Transaction: account, phone, amount
    ExpressionEdit *editor = editValue(2);
    QVERIFY(editor);
    QCOMPARE(editor->text(), u"amount"_s);
    QVERIFY(editor->message().isEmpty());
    retype(editor->lineEdit(), u"\"ten\""_s);
    QVERIFY2(!editor->message().isEmpty(), "a text where the field wants a number");
    QVERIFY(editor->messageLabel()->isVisible());
    // The message shows below the cell, not clipped to the row.
    QVERIFY(editor->height() > editor->lineEdit()->height() + editor->messageLabel()->height() / 2);
    // In red, readable on the cell's base colour behind it.
    const QLabel *label = editor->messageLabel();
    const QColor ink = label->palette().color(label->foregroundRole());
    QVERIFY(ink.red() > 2 * ink.green());
    QVERIFY(StatusColors::contrast(ink, label->palette().color(label->backgroundRole())) >=
            StatusColors::minimumContrast);
    // The form does not stretch the condition field below: its line edit
    // stays level with its label and the Rows button.
    ExpressionEdit *condition = m_window->propertyPanel()->actionPanel()->conditionEdit();
    QVERIFY(qAbs(condition->lineEdit()->y() - condition->rowsButton()->y()) <= 2);
    if (qEnvironmentVariableIsSet("GATEHOUSE_VALUE_SHOT"))
        m_window->grab().save(qEnvironmentVariable("GATEHOUSE_VALUE_SHOT"));

    // Kept as typed (a project may hold work in progress), and marked in the
    // table, with the message as the cell's tooltip.
    const QString message = editor->message();
    QTest::keyClick(editor->lineEdit(), Qt::Key_Return); // commits from the event loop
    QTRY_COMPARE(step(0).assignments.at(2).value, u"\"ten\""_s);
    QCOMPARE(m_window->session()->undoStack()->undoText(),
             u"Set create_transaction step 1's value amount to `\"ten\"`"_s);
    QTableView *table = m_window->propertyPanel()->actionPanel()->assignmentTable();
    const QModelIndex cell = table->model()->index(2, AssignmentTableModel::ValueColumn);
    const QString marked = cell.data(AssignmentTableModel::MessageRole).toString();
    QVERIFY(!marked.isEmpty() && message.contains(marked));
    QVERIFY(!cell.data(Qt::DecorationRole).isNull());
    QCOMPARE(cell.data(Qt::ToolTipRole).toString(), marked);
    m_window->session()->undoStack()->undo();
    QCOMPARE(step(0).assignments.at(2).value, u"amount"_s);
    QVERIFY(cell.data(AssignmentTableModel::MessageRole).toString().isEmpty());
    QVERIFY(cell.data(Qt::DecorationRole).isNull());

    // Fixed, it is one undoable edit.
    editor = editValue(2);
    QVERIFY(editor);
    retype(editor->lineEdit(), u"amount"_s);
    QTest::keyClicks(editor->lineEdit(), u"s"_s);
    QVERIFY(!editor->message().isEmpty()); // no parameter `amounts`
    QTest::keyClick(editor->lineEdit(), Qt::Key_Backspace);
    QVERIFY(editor->message().isEmpty());
    retype(editor->lineEdit(), u"Current User's email"_s);
    QVERIFY(!editor->message().isEmpty()); // a text where a number goes
    retype(editor->lineEdit(), u"0"_s);
    QVERIFY2(editor->message().isEmpty(), qPrintable(editor->message()));
    QTest::keyClick(editor->lineEdit(), Qt::Key_Return);
    QTRY_COMPARE(step(0).assignments.at(2).value, u"0"_s);
    QCOMPARE(m_window->session()->undoStack()->undoText(),
             u"Set create_transaction step 1's value amount to `0`"_s);
    m_window->session()->undoStack()->undo();
    QCOMPARE(step(0).assignments.at(2).value, u"amount"_s);

    // Escape leaves the value as it was.
    editor = editValue(2);
    QVERIFY(editor);
    retype(editor->lineEdit(), u"phone"_s);
    QTest::keyClick(editor->lineEdit(), Qt::Key_Escape);
    QTRY_VERIFY(!editor->isVisible());
    QCOMPARE(step(0).assignments.at(2).value, u"amount"_s);
}

void tst_ExpressionFields::valuesComplete()
{
    clickStep(1); // return data: id, amount from step 1
    ExpressionEdit *editor = editValue(1);
    QVERIFY(editor);
    retype(editor->lineEdit(), u"Res"_s);
    QCOMPARE(offered(*editor), QStringList{u"Result of step 1"_s});
    QTest::keyClick(editor->completer()->popup(), Qt::Key_Return); // take it
    QCOMPARE(editor->text(), u"Result of step 1"_s);
    QTest::qWait(20); // choosing a completion does not close the cell
    QVERIFY(editor->isVisible());
    typeInto(*editor, u"'s "_s); // through the popup that "s" opens
    QTest::keyClicks(editor->lineEdit(), u"amou"_s);
    QVERIFY(offered(*editor).contains(u"amount"_s));
    QTest::keyClick(editor->completer()->popup(), Qt::Key_Return);
    QCOMPARE(editor->text(), u"Result of step 1's amount"_s);
    QVERIFY2(editor->message().isEmpty(), qPrintable(editor->message()));
    retype(editor->lineEdit(), u"amount"_s);
    QTest::keyClick(editor->lineEdit(), Qt::Key_Tab); // leaving the cell commits
    QCOMPARE(step(1).assignments.at(1).value, u"amount"_s);
}

// The completion popup opens below the message, not over it: a builder
// reads what is wrong while choosing the word that mends it.
void tst_ExpressionFields::completionLeavesTheMessageInSight()
{
    m_window->resize(1024, 700);
    QApplication::processEvents();
    ExpressionEdit *condition = m_window->propertyPanel()->workflowPanel()->conditionEdit();
    condition->lineEdit()->setFocus();
    retype(condition->lineEdit(), u"amout > 0 and am"_s);
    QVERIFY(!condition->message().isEmpty());
    QWidget *popup = condition->completer()->popup();
    QTRY_VERIFY(popup->isVisible());
    const QLabel *message = condition->messageLabel();
    QVERIFY(message->isVisible());
    const QRect messageOnScreen(message->mapToGlobal(QPoint(0, 0)), message->size());
    const QRect popupOnScreen(popup->mapToGlobal(QPoint(0, 0)), popup->size());
    QVERIFY2(!messageOnScreen.intersects(popupOnScreen),
             qPrintable(
                 u"the popup %1,%2 %3x%4 covers the message at %5,%6 %7x%8"_s.arg(popupOnScreen.x())
                     .arg(popupOnScreen.y())
                     .arg(popupOnScreen.width())
                     .arg(popupOnScreen.height())
                     .arg(messageOnScreen.x())
                     .arg(messageOnScreen.y())
                     .arg(messageOnScreen.width())
                     .arg(messageOnScreen.height())));
}

QTEST_MAIN(tst_ExpressionFields)
#include "tst_expressionfields.moc"
