// The editor driven through its real widgets under the offscreen platform:
// create a workflow, make it Admin only, add a parameter and a step, undo
// and redo each, save, reopen and find it all again.
#include "EditorSelection.h"
#include "EditorSession.h"
#include "MainWindow.h"
#include "TestSupport.h"
#include "files/FileController.h"
#include "panels/ExpressionEdit.h"
#include "panels/PropertyPanel.h"
#include "panels/WorkflowCanvas.h"
#include "panels/WorkflowListPanel.h"
#include "panels/WorkflowPropertiesPanel.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QLineEdit>
#include <QListView>
#include <QMenu>
#include <QPushButton>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

using namespace Qt::Literals::StringLiterals;
using namespace gatehouse;

class tst_EditorWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void createEditUndoRedoSaveReopen();
    void authenticationHidesWhenUnexposed();
    void typingInAFieldIsOneUndoStep();
    void dragReordersSteps();
    void titleMarksUnsavedChanges();
    void closingAsksBeforeLosingChanges();

private:
    std::unique_ptr<MainWindow> makeWindow();
    const Project &project(MainWindow &window) const
    {
        return window.session()->document()->project();
    }
    QAction *findAction(MainWindow &window, QKeySequence::StandardKey key) const;

    QTemporaryDir m_dir;
    std::shared_ptr<test::Script> m_script;
};

void tst_EditorWindow::initTestCase()
{
    test::isolateSettings();
    QVERIFY(m_dir.isValid());
}

void tst_EditorWindow::init()
{
    QSettings().clear();
    m_script = std::make_shared<test::Script>();
}

std::unique_ptr<MainWindow> tst_EditorWindow::makeWindow()
{
    MainWindow::Options options;
    options.store = test::makeStore();
    options.prompter = std::make_unique<test::ScriptedPrompter>(m_script);
    options.restoreLayout = false;
    auto window = std::make_unique<MainWindow>(std::move(options));
    window->show();
    QApplication::setActiveWindow(window.get());
    return window;
}

QAction *tst_EditorWindow::findAction(MainWindow &window, QKeySequence::StandardKey key) const
{
    const auto actions = window.findChildren<QAction *>();
    for (QAction *action : actions) {
        if (action->shortcuts().contains(QKeySequence(key)))
            return action;
    }
    return nullptr;
}

void tst_EditorWindow::createEditUndoRedoSaveReopen()
{
    auto window = makeWindow();
    QVERIFY(window->files()->newProject());
    QVERIFY(project(*window).workflows.isEmpty());

    // Create a workflow with the list's Add button.
    QToolButton *add = nullptr;
    for (QToolButton *button : window->listPanel()->findChildren<QToolButton *>()) {
        if (button->defaultAction() == window->listPanel()->addWorkflowAction())
            add = button;
    }
    QVERIFY(add);
    QTest::mouseClick(add, Qt::LeftButton);
    QCOMPARE(project(*window).workflows.size(), 1);
    const Workflow created = project(*window).workflows.first();
    QCOMPARE(created.name, u"new_workflow"_s);
    QCOMPARE(window->selection()->workflow(), 0);
    QCOMPARE(window->listPanel()->view()->currentIndex().row(), 0);

    // Admin only, through the Authentication dropdown.
    WorkflowPropertiesPanel *panel = window->propertyPanel()->workflowPanel();
    QVERIFY(panel->isVisible());
    QComboBox *auth = panel->authenticationCombo();
    QVERIFY(auth->isVisible());
    QCOMPARE(auth->currentText(), u"User and admin"_s);
    auth->setFocus();
    QTest::keyClick(auth, Qt::Key_Down);
    QCOMPARE(auth->currentText(), u"Admin only"_s);
    QCOMPARE(project(*window).workflows.first().authentication, AuthMode::AdminOnly);

    // A parameter, with the Add Parameter button.
    auto *addParameter = panel->findChild<QPushButton *>(u"addParameter"_s);
    QVERIFY(addParameter);
    QTest::mouseClick(addParameter, Qt::LeftButton);
    QCOMPARE(project(*window).workflows.first().parameters.size(), 1);
    QCOMPARE(panel->parameterTable()->model()->rowCount(), 1);

    // An action, through the "click here to add an action" card.
    WorkflowCanvas *canvas = window->canvas();
    QTest::mouseClick(canvas, Qt::LeftButton, {}, canvas->cardRect(0).center());
    QTRY_VERIFY(canvas->addActionMenu()->isVisible());
    QAction *returnData = nullptr;
    for (QAction *action : canvas->addActionMenu()->actions()) {
        if (action->text() == ActionKindInfo::of(ActionKind::ReturnData).displayName)
            returnData = action;
    }
    QVERIFY(returnData);
    canvas->addActionMenu()->hide();
    returnData->trigger();
    QCOMPARE(project(*window).workflows.first().actions.size(), 1);
    QCOMPARE(window->selection()->action(), 0);

    // Undo each through the Edit menu's action, which names the step.
    QAction *undo = findAction(*window, QKeySequence::Undo);
    QAction *redo = findAction(*window, QKeySequence::Redo);
    QVERIFY(undo && redo);
    QCOMPARE(undo->text(), u"&Undo Add step 1 (Return data from API) to new_workflow"_s);
    undo->trigger();
    QVERIFY(project(*window).workflows.first().actions.isEmpty());
    QCOMPARE(undo->text(), u"&Undo Add parameter parameter to new_workflow"_s);
    undo->trigger();
    QVERIFY(project(*window).workflows.first().parameters.isEmpty());
    undo->trigger();
    QCOMPARE(project(*window).workflows.first().authentication, AuthMode::UserAndAdmin);
    QCOMPARE(auth->currentText(), u"User and admin"_s);
    undo->trigger();
    QVERIFY(project(*window).workflows.isEmpty());
    QVERIFY(!undo->isEnabled());

    redo->trigger();
    QCOMPARE(project(*window).workflows.size(), 1);
    redo->trigger();
    QCOMPARE(project(*window).workflows.first().authentication, AuthMode::AdminOnly);
    redo->trigger();
    QCOMPARE(project(*window).workflows.first().parameters.size(), 1);
    redo->trigger();
    QCOMPARE(project(*window).workflows.first().actions.size(), 1);
    QVERIFY(!redo->isEnabled());

    // Save, then reopen in a fresh window and find it all.
    m_script->savePath = m_dir.filePath(u"flow.gatehouse"_s);
    QVERIFY(window->files()->saveAs());
    QVERIFY(!window->isWindowModified());
    const Project saved = project(*window);
    window.reset();

    auto reopened = makeWindow();
    QVERIFY(reopened->files()->open(m_script->savePath));
    QCOMPARE(project(*reopened).workflows, saved.workflows);
    const Workflow &found = project(*reopened).workflows.first();
    QCOMPARE(found.name, u"new_workflow"_s);
    QCOMPARE(found.authentication, AuthMode::AdminOnly);
    QCOMPARE(found.parameters.first().key, u"parameter"_s);
    QCOMPARE(found.actions.first().kind, ActionKind::ReturnData);
    QCOMPARE(reopened->propertyPanel()->workflowPanel()->authenticationCombo()->currentText(),
             u"Admin only"_s);
    QVERIFY(m_script->errors.isEmpty());
}

void tst_EditorWindow::authenticationHidesWhenUnexposed()
{
    auto window = makeWindow();
    QVERIFY(window->files()->openDemo());
    QVERIFY(window->selectWorkflow(u"create_transaction"_s));
    WorkflowPropertiesPanel *panel = window->propertyPanel()->workflowPanel();
    QCheckBox *exposed = panel->exposedCheck();
    QVERIFY(exposed->isChecked());
    QVERIFY(panel->authenticationCombo()->isVisible());

    QTest::mouseClick(exposed, Qt::LeftButton);
    QVERIFY(!exposed->isChecked());
    QVERIFY(!project(*window).findWorkflow(u"create_transaction"_s)->exposed);
    QVERIFY(panel->authenticationCombo()->isHidden());

    window->session()->undoStack()->undo();
    QVERIFY(exposed->isChecked());
    QVERIFY(panel->authenticationCombo()->isVisible());

    // An unexposed workflow shows no dropdown as soon as it is selected.
    QVERIFY(window->selectWorkflow(u"internal_recalc"_s));
    QVERIFY(panel->authenticationCombo()->isHidden());
}

void tst_EditorWindow::typingInAFieldIsOneUndoStep()
{
    auto window = makeWindow();
    QVERIFY(window->files()->openDemo());
    QVERIFY(window->selectWorkflow(u"create_transaction"_s));
    QLineEdit *condition = window->propertyPanel()->workflowPanel()->conditionEdit()->lineEdit();
    condition->setFocus();
    condition->end(false);
    QTest::keyClicks(condition, u" and amount < 100"_s);
    const Workflow *workflow = project(*window).findWorkflow(u"create_transaction"_s);
    QCOMPARE(workflow->condition, u"amount > 0 and amount < 100"_s);
    QVERIFY(window->propertyPanel()->workflowPanel()->conditionEdit()->message().isEmpty());
    QCOMPARE(window->session()->undoStack()->count(), 1);
    QCOMPARE(window->session()->undoStack()->undoText(),
             u"Set create_transaction's condition to `amount > 0 and amount < 100`"_s);

    // The checker speaks under the field while the text is wrong.
    QTest::keyClicks(condition, u" and (amount < 100"_s);
    QVERIFY(!window->propertyPanel()->workflowPanel()->conditionEdit()->message().isEmpty());
    QTest::keyClick(condition, Qt::Key_ParenRight);
    QVERIFY(window->propertyPanel()->workflowPanel()->conditionEdit()->message().isEmpty());

    window->session()->undoStack()->undo();
    QCOMPARE(project(*window).findWorkflow(u"create_transaction"_s)->condition, u"amount > 0"_s);
    QCOMPARE(condition->text(), u"amount > 0"_s);
}

void tst_EditorWindow::dragReordersSteps()
{
    auto window = makeWindow();
    QVERIFY(window->files()->openDemo());
    QVERIFY(window->selectWorkflow(u"create_transaction"_s));
    WorkflowCanvas *canvas = window->canvas();
    const QPoint first = canvas->cardRect(0).center();
    const QPoint pastSecond = canvas->cardRect(1).center() + QPoint(0, 30);
    QTest::mousePress(canvas, Qt::LeftButton, {}, first);
    QTest::mouseMove(canvas, first + QPoint(0, 20));
    QTest::mouseMove(canvas, pastSecond);
    QTest::mouseRelease(canvas, Qt::LeftButton, {}, pastSecond);
    const Workflow *workflow = project(*window).findWorkflow(u"create_transaction"_s);
    QCOMPARE(workflow->actions.at(0).kind, ActionKind::ReturnData);
    QCOMPARE(workflow->actions.at(1).kind, ActionKind::CreateThing);
    QCOMPARE(window->session()->undoStack()->undoText(),
             u"Move create_transaction's step 1 to position 2"_s);
    QCOMPARE(window->selection()->action(), 1);

    // Ctrl+Left moves it back from the keyboard.
    canvas->setFocus();
    QTest::keyClick(canvas, Qt::Key_Left, Qt::ControlModifier);
    workflow = project(*window).findWorkflow(u"create_transaction"_s);
    QCOMPARE(workflow->actions.at(0).kind, ActionKind::CreateThing);
}

void tst_EditorWindow::titleMarksUnsavedChanges()
{
    auto window = makeWindow();
    QVERIFY(window->files()->openDemo());
    QCOMPARE(window->windowTitle(), u"Payments demo[*] — Gatehouse"_s);
    QVERIFY(!window->isWindowModified());
    QTest::mouseClick(window->propertyPanel()->workflowPanel()->ignorePrivacyCheck(),
                      Qt::LeftButton);
    QVERIFY(window->isWindowModified());
    window->session()->undoStack()->undo();
    QVERIFY(!window->isWindowModified());
}

void tst_EditorWindow::closingAsksBeforeLosingChanges()
{
    auto window = makeWindow();
    QVERIFY(window->files()->openDemo());
    QTest::mouseClick(window->propertyPanel()->workflowPanel()->ignorePrivacyCheck(),
                      Qt::LeftButton);
    m_script->saveChoice = Prompter::SaveChoice::Cancel;
    QVERIFY(!window->close());
    QCOMPARE(m_script->saveQuestions, 1);
    QVERIFY(window->isVisible());
    m_script->saveChoice = Prompter::SaveChoice::Discard;
    QVERIFY(window->close());
    QCOMPARE(m_script->saveQuestions, 2);
}

QTEST_MAIN(tst_EditorWindow)
#include "tst_editorwindow.moc"
