// Designing by clicking: a step's fields picked from its data type's fields,
// a condition's source picked from a list of data sources and their fields,
// and the cards one below the other, as Bubble draws a workflow.
#include "EditorSelection.h"
#include "EditorSession.h"
#include "MainWindow.h"
#include "TestSupport.h"
#include "files/FileController.h"
#include "models/AssignmentTableModel.h"
#include "panels/ActionPropertiesPanel.h"
#include "panels/ConditionRowsEditor.h"
#include "panels/ExpressionEdit.h"
#include "panels/PropertyPanel.h"
#include "panels/WorkflowCanvas.h"
#include "panels/WorkflowPropertiesPanel.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QLineEdit>
#include <QMenu>
#include <QTableView>
#include <QTest>
#include <QToolButton>
#include <QUndoStack>

using namespace Qt::Literals::StringLiterals;
using namespace gatehouse;

class tst_VisualDesign : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { test::isolateSettings(); }
    void stepFieldsArePickedWithTheirTypes();
    void conditionSourceIsPickedByClicking();
    void cardsFollowOneAnotherInAColumn();

private:
    std::unique_ptr<MainWindow> makeWindow();
    const Workflow &workflow(MainWindow &window, int index)
    {
        return window.session()->document()->project().workflows.at(index);
    }
};

std::unique_ptr<MainWindow> tst_VisualDesign::makeWindow()
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

void tst_VisualDesign::stepFieldsArePickedWithTheirTypes()
{
    auto window = makeWindow();
    window->selection()->select(2, 0); // create_transaction: Create a new Transaction
    QTableView *table = window->propertyPanel()->actionPanel()->assignmentTable();
    const QModelIndex key = table->model()->index(2, AssignmentTableModel::KeyColumn);
    QCOMPARE(key.data().toString(), u"amount"_s);
    table->setCurrentIndex(key);
    table->setFocus();
    table->edit(key);
    auto *combo = table->findChild<QComboBox *>(u"keyChoices"_s);
    QVERIFY2(combo, "the key is picked from a list, not typed");
    QVERIFY(!combo->isEditable());
    QStringList items;
    for (int i = 0; i < combo->count(); ++i)
        items.append(combo->itemText(i));
    const DataType *type = window->session()->document()->project().findDataType(
        workflow(*window, 2).actions.at(0).dataType);
    QVERIFY(type);
    QCOMPARE(combo->count(), int(type->fields.size()));
    for (const Field &field : type->fields)
        QVERIFY2(items.contains(u"%1 (%2)"_s.arg(field.name, field.type.displayName())),
                 qPrintable(items.join(u", "_s)));
    QCOMPARE(combo->currentData().toString(), u"amount"_s);

    // Picking another field renames the key, as one undo step.
    // A field the step does not set yet: two values of one key are refused.
    QString unused;
    for (const Field &field : type->fields) {
        bool set = false;
        for (const Assignment &assignment : workflow(*window, 2).actions.at(0).assignments)
            set |= assignment.key == field.name;
        if (!set)
            unused = field.name;
    }
    QVERIFY(!unused.isEmpty());
    const int other = combo->findData(unused);
    combo->setCurrentIndex(other);
    const QString picked = combo->currentData().toString();
    QTest::keyClick(combo, Qt::Key_Return);
    QTRY_COMPARE(workflow(*window, 2).actions.at(0).assignments.at(2).key, picked);
    window->session()->undoStack()->undo();
    QCOMPARE(workflow(*window, 2).actions.at(0).assignments.at(2).key, u"amount"_s);

    // A step whose keys are the builder's own (return data) stays free text.
    window->selection()->select(2, 1);
    const QModelIndex returned = table->model()->index(0, AssignmentTableModel::KeyColumn);
    QVERIFY(returned.data(AssignmentTableModel::KeyChoicesRole).toList().isEmpty());
}

void tst_VisualDesign::conditionSourceIsPickedByClicking()
{
    auto window = makeWindow();
    window->selection()->select(2, 1); // create_transaction's step 2 sees step 1's result
    ExpressionEdit *condition = window->propertyPanel()->actionPanel()->conditionEdit();
    condition->lineEdit()->setFocus();
    QTest::keyClicks(condition->lineEdit(), u"amount > 0"_s);
    condition->rowsButton()->click();
    QVERIFY(condition->showsRows());
    ConditionRowsEditor *rows = condition->rowsEditor();
    QCOMPARE(rows->rowCount(), 1);
    QMenu *menu = rows->sourceMenu(0);
    QVERIFY(menu);
    QMenu *user = nullptr;
    QMenu *result = nullptr;
    for (QAction *action : menu->actions()) {
        if (action->text() == u"Current User (User)"_s)
            user = action->menu();
        if (action->text().startsWith(u"Result of step 1"_s))
            result = action->menu();
        QVERIFY(!action->text().startsWith(u"Result of step 2"_s)); // not yet run
    }
    QVERIFY(user);
    QVERIFY(result);
    emit user->aboutToShow(); // filled as it opens: references lead on without end
    QAction *email = nullptr;
    for (QAction *action : user->actions()) {
        if (action->text() == u"'s email (text)"_s)
            email = action;
    }
    QVERIFY(email);
    email->trigger();
    QCOMPARE(workflow(*window, 2).actions.at(1).condition, u"Current User's email > 0"_s);
    // The text and the rows say the same: back to text, no loss.
    condition->rowsButton()->click();
    QVERIFY(!condition->showsRows());
    QCOMPARE(condition->text(), u"Current User's email > 0"_s);
    QVERIFY(ConditionRowsEditor::canShow(condition->text()));
}

void tst_VisualDesign::cardsFollowOneAnotherInAColumn()
{
    auto window = makeWindow();
    window->selection()->select(2);
    WorkflowCanvas *canvas = window->canvas();
    const int steps = int(workflow(*window, 2).actions.size());
    for (int card = 0; card <= steps; ++card) {
        const QRect above = canvas->cardRect(card - 1);
        const QRect below = canvas->cardRect(card);
        QCOMPARE(below.left(), above.left());
        QVERIFY(below.top() > above.bottom());
    }
}

QTEST_MAIN(tst_VisualDesign)
#include "tst_visualdesign.moc"
