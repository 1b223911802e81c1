// The Problems panel: it lists what `gatehouse-cli validate` finds, a click
// goes to the field, the list, canvas and status bar mark the problem, and
// saving a project with errors asks first.
#include "EditorSelection.h"
#include "EditorSession.h"
#include "MainWindow.h"
#include "ProjectProblems.h"
#include "TestSupport.h"
#include "expr/ProjectDiagnosis.h"
#include "files/FileController.h"
#include "models/ProblemsModel.h"
#include "models/WorkflowListModel.h"
#include "panels/ActionPropertiesPanel.h"
#include "panels/ExpressionEdit.h"
#include "panels/ProblemMarker.h"
#include "panels/ProblemsPanel.h"
#include "panels/PropertyPanel.h"
#include "panels/StatusColors.h"
#include "panels/WorkflowCanvas.h"
#include "panels/WorkflowListPanel.h"
#include "panels/WorkflowPropertiesPanel.h"

#include <QApplication>
#include <QDockWidget>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QTreeView>

using namespace Qt::Literals::StringLiterals;
using namespace gatehouse;

class tst_Problems : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void listsWhatValidateFinds();
    void structuralProblemsHaveAPlace();
    void clickGoesToTheFieldAndShowsTheMessage();
    void marksTheListRowAndTheCards();
    void statusBarCounts();
    void savingWithErrorsAsksFirst();

private:
    std::unique_ptr<MainWindow> makeWindow();
    // Types a misspelt condition into create_transaction's "only when".
    void misspellCondition(MainWindow &window);

    QTemporaryDir m_dir;
    std::shared_ptr<test::Script> m_script;
};

void tst_Problems::initTestCase()
{
    test::isolateSettings();
    QVERIFY(m_dir.isValid());
}

void tst_Problems::init()
{
    QSettings().clear();
    m_script = std::make_shared<test::Script>();
}

std::unique_ptr<MainWindow> tst_Problems::makeWindow()
{
    MainWindow::Options options;
    options.store = test::makeStore();
    options.prompter = std::make_unique<test::ScriptedPrompter>(m_script);
    options.restoreLayout = false;
    auto window = std::make_unique<MainWindow>(std::move(options));
    window->files()->openDemo();
    window->show();
    QApplication::setActiveWindow(window.get());
    return window;
}

void tst_Problems::misspellCondition(MainWindow &window)
{
    QVERIFY(window.selectWorkflow(u"create_transaction"_s));
    QLineEdit *condition = window.propertyPanel()->workflowPanel()->conditionEdit()->lineEdit();
    condition->setFocus();
    condition->selectAll();
    QTest::keyClicks(condition, u"amout > 0"_s);
    QCOMPARE(
        window.session()->document()->project().findWorkflow(u"create_transaction"_s)->condition,
        u"amout > 0"_s);
}

void tst_Problems::listsWhatValidateFinds()
{
    auto window = makeWindow();
    ProblemsModel *model = window->problemsPanel()->model();
    QCOMPARE(model->rowCount(), 0); // the demo validates clean
    misspellCondition(*window);
    const Diagnostics expected =
        expr::ProjectDiagnosis::of(window->session()->document()->project());
    QVERIFY(!expected.isEmpty());
    QCOMPARE(model->rowCount(), int(expected.size()));
    const Diagnostic first = model->diagnostic(0);
    QCOMPARE(first, expected.first());
    QVERIFY(first.isError());
    QCOMPARE(first.workflow, 2);
    QCOMPARE(first.step, -1);
    QCOMPARE(first.field, u"condition"_s);
    const QString place = model->index(0, ProblemsModel::PlaceColumn).data().toString();
    QCOMPARE(place, u"workflow `create_transaction`, condition, at character 1"_s);
    QVERIFY(model->index(0, ProblemsModel::MessageColumn).data().toString().contains(u"amout"_s));
    QVERIFY(!model->index(0, ProblemsModel::MessageColumn)
                 .data(Qt::DecorationRole)
                 .value<QIcon>()
                 .isNull());
}

void tst_Problems::structuralProblemsHaveAPlace()
{
    Project project = test::demoProject();
    project.workflows[2].actions[0].dataType = u"Nothing"_s;
    project.workflows[1].name = u"sign up"_s;
    const Diagnostics found = expr::ProjectDiagnosis::of(project);
    bool step = false;
    bool name = false;
    for (const Diagnostic &d : found) {
        step |= d.workflow == 2 && d.step == 0 && d.field == u"data type"_s;
        name |= d.workflow == 1 && d.step == -1 && d.field == u"name"_s;
    }
    QVERIFY2(step, qPrintable(ProjectProblems::describe(found)));
    QVERIFY2(name, qPrintable(ProjectProblems::describe(found)));
}

void tst_Problems::clickGoesToTheFieldAndShowsTheMessage()
{
    auto window = makeWindow();
    // A misspelt value in create_transaction's step 2, reached from another workflow.
    Project broken = window->session()->document()->project();
    broken.workflows[2].actions[1].assignments[1].value = u"Result of step 1's amout"_s;
    QVERIFY(window->session()->startUnsaved(broken));
    QVERIFY(window->selectWorkflow(u"signup"_s));
    auto *dock = window->findChild<QDockWidget *>(u"problemsDock"_s);
    QVERIFY(dock);
    dock->show();
    QTreeView *view = window->problemsPanel()->view();
    QTRY_VERIFY(view->isVisible());
    QCOMPARE(view->model()->rowCount(), 1);
    const QRect row = view->visualRect(view->model()->index(0, 0));
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, row.center());
    QCOMPARE(window->selection()->workflow(), 2);
    QCOMPARE(window->selection()->action(), 1);
    ActionPropertiesPanel *panel = window->propertyPanel()->actionPanel();
    QTRY_VERIFY(panel->problemLabel()->isVisible());
    QVERIFY(panel->problemLabel()->text().contains(u"amout"_s));
    QCOMPARE(panel->assignmentTable()->currentIndex().row(), 1);
    QVERIFY(panel->assignmentTable()->hasFocus());
}

void tst_Problems::marksTheListRowAndTheCards()
{
    auto window = makeWindow();
    const QAbstractItemModel *list = window->listPanel()->view()->model();
    QCOMPARE(list->index(2, 0).data(WorkflowListModel::ProblemCountRole).toInt(), 0);
    misspellCondition(*window);
    QCOMPARE(list->index(2, 0).data(WorkflowListModel::ProblemCountRole).toInt(), 1);
    QCOMPARE(list->index(1, 0).data(WorkflowListModel::ProblemCountRole).toInt(), 0);
    QVERIFY(list->index(2, 0).data(Qt::ToolTipRole).toString().contains(u"amout"_s));

    // The marker is painted in the error red, on the event card only.
    const QColor red = StatusColors::error(window->canvas()->palette());
    const QImage canvas = window->canvas()->grab().toImage();
    const auto markerColour = [&](int card) {
        const QPointF centre = ProblemMarker::cornerOf(window->canvas()->cardRect(card)).center();
        // Left of the "!", inside the disc.
        const QPoint probe(int(centre.x() - ProblemMarker::size / 3), int(centre.y()));
        const qreal ratio = canvas.devicePixelRatio();
        return canvas.pixelColor(QPoint(int(probe.x() * ratio), int(probe.y() * ratio)));
    };
    QCOMPARE(markerColour(-1).rgb(), red.rgb());
    QVERIFY(markerColour(0).rgb() != red.rgb());
    const QImage row = window->listPanel()->view()->viewport()->grab().toImage();
    bool redInRow = false;
    const QRect rect = window->listPanel()->view()->visualRect(list->index(2, 0));
    for (int x = rect.left(); x <= rect.right() && !redInRow; ++x)
        redInRow = row.pixelColor(int(x * row.devicePixelRatio()),
                                  int(rect.center().y() * row.devicePixelRatio()))
                       .rgb() == red.rgb();
    QVERIFY(redInRow);
}

void tst_Problems::statusBarCounts()
{
    auto window = makeWindow();
    auto *count = window->findChild<QToolButton *>(u"problemCount"_s);
    QVERIFY(count);
    QCOMPARE(count->text(), u"No problems"_s);
    misspellCondition(*window);
    QCOMPARE(count->text(), u"1 error"_s);
    auto *dock = window->findChild<QDockWidget *>(u"problemsDock"_s);
    QVERIFY(dock->isHidden());
    QTest::mouseClick(count, Qt::LeftButton);
    QTRY_VERIFY(dock->isVisible());
    window->session()->undoStack()->undo();
    QCOMPARE(count->text(), u"No problems"_s);
}

void tst_Problems::savingWithErrorsAsksFirst()
{
    auto window = makeWindow();
    const QString path = m_dir.filePath(u"errors.gatehouse"_s);
    m_script->savePath = path;
    QVERIFY(window->files()->saveAs()); // no errors: no question
    QCOMPARE(m_script->errorsQuestions, 0);
    misspellCondition(*window);

    m_script->errorsChoice = Prompter::ErrorsChoice::ShowProblems;
    QVERIFY(!window->files()->save());
    QCOMPARE(m_script->errorsQuestions, 1);
    QVERIFY(window->session()->isModified());
    auto *dock = window->findChild<QDockWidget *>(u"problemsDock"_s);
    QTRY_VERIFY(dock->isVisible());

    m_script->errorsChoice = Prompter::ErrorsChoice::Cancel;
    QVERIFY(!window->files()->save());
    QVERIFY(window->session()->isModified());

    m_script->errorsChoice = Prompter::ErrorsChoice::SaveAnyway;
    QVERIFY(window->files()->save());
    QCOMPARE(m_script->errorsQuestions, 3);
    QVERIFY(!window->session()->isModified());
}

QTEST_MAIN(tst_Problems)
#include "tst_problems.moc"
