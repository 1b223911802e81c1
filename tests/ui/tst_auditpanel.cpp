// The Audit panel in the editor: opened from the View menu, the demo's
// findings worst first; a click shows the setting, Apply Fix and Accept...
// are undo steps, an acceptance is saved with the project, and the workflow
// list and the token manager mark what the audit found.
#include "EditorSelection.h"
#include "EditorSession.h"
#include "MainWindow.h"
#include "ScreenshotTaker.h"
#include "TestSupport.h"
#include "audit/AcceptFindingDialog.h"
#include "audit/Audit.h"
#include "audit/AuditFindingModel.h"
#include "audit/AuditPanel.h"
#include "audit/ProjectAudit.h"
#include "data/DataTypesPanel.h"
#include "exchange/ConfigFile.h"
#include "files/FileController.h"
#include "models/WorkflowListModel.h"
#include "panels/WorkflowListPanel.h"
#include "settings/ApiSettingsPanel.h"
#include "tokens/TokenTableModel.h"
#include "tokens/TokensPanel.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QDockWidget>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMenuBar>
#include <QProcess>
#include <QPushButton>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTreeView>
#include <QUndoStack>
#include <QtTest>

using namespace Qt::Literals::StringLiterals;
using namespace gatehouse;

class tst_AuditPanel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void theMenuOpensTheDock();
    void demoFindingsAreListedWorstFirst();
    void modelKeepsItsContract();
    void clickSelectsTheWorkflow();
    void clickShowsASetting();
    void clickShowsATokenAndADataType();
    void applyFixIsOneUndoStep();
    void editsAreAuditedAgainKeepingTheSelection();
    void anEditDuringARunIsAuditedAfterIt();
    void aNewerEditStopsTheRunningAudit();
    void closingTheEditorStopsTheRunningAudit();
    void acceptNeedsAReasonAndSurvivesSaveAndReopen();
    void withdrawIsUndoable();
    void badgesMarkWorkflowsAndTokens();
    void screenshots();

private:
    AuditPanel *panel() const { return m_window->auditPanel(); }
    ProjectDocument *document() const { return m_window->session()->document(); }
    QUndoStack *undo() const { return m_window->session()->undoStack(); }
    void openAudit();
    // The row of the first finding of `check` (at `path`, when given), or -1.
    int rowOf(const QString &check, const QString &path = {}) const;
    void clickRow(int row);
    // Waits for the audit that follows an edit.
    void settle();
    // A project of scripts/generate-project.py (issue 17), opened unsaved.
    bool openGenerated(int workflows);

    QTemporaryDir m_dir;
    std::shared_ptr<test::Script> m_script;
    std::unique_ptr<MainWindow> m_window;
};

void tst_AuditPanel::initTestCase()
{
    test::isolateSettings();
    QVERIFY(m_dir.isValid());
}

void tst_AuditPanel::init()
{
    QSettings().clear();
    m_script = std::make_shared<test::Script>();
    MainWindow::Options options;
    options.store = test::makeStore();
    options.prompter = std::make_unique<test::ScriptedPrompter>(m_script);
    options.restoreLayout = false;
    m_window = std::make_unique<MainWindow>(std::move(options));
    m_window->files()->openDemo();
    m_window->resize(1024, 700);
    m_window->show();
    QApplication::setActiveWindow(m_window.get());
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    settle();
}

void tst_AuditPanel::cleanup()
{
    m_window.reset();
}

void tst_AuditPanel::openAudit()
{
    QTest::keyClick(m_window.get(), Qt::Key_U, Qt::ControlModifier | Qt::ShiftModifier);
    auto *dock = m_window->findChild<QDockWidget *>(u"auditDock"_s);
    QVERIFY(dock);
    QVERIFY(dock->isVisible());
    QVERIFY(panel()->isVisible());
}

int tst_AuditPanel::rowOf(const QString &check, const QString &path) const
{
    const AuditFindingModel *model = panel()->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        const audit::Finding &f = model->finding(row);
        if (f.checkId == check && (path.isEmpty() || f.location.path() == path))
            return row;
    }
    return -1;
}

void tst_AuditPanel::clickRow(int row)
{
    QVERIFY(row >= 0);
    QTreeView *view = panel()->view();
    const QModelIndex index = panel()->model()->index(row, AuditFindingModel::MessageColumn);
    view->scrollTo(index);
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(index).center());
    QCOMPARE(view->currentIndex().row(), row);
}

void tst_AuditPanel::settle()
{
    ProjectAudit *audit = m_window->session()->audit();
    QTRY_VERIFY(!audit->isPending());
}

void tst_AuditPanel::theMenuOpensTheDock()
{
    QAction *action = m_window->menuBar()->findChild<QAction *>(u"showAudit"_s);
    QVERIFY(action);
    QCOMPARE(action->shortcut(), QKeySequence(u"Ctrl+Shift+U"_s));
    QVERIFY(!m_window->findChild<QDockWidget *>(u"auditDock"_s)); // made when first asked for
    action->trigger();
    auto *dock = m_window->findChild<QDockWidget *>(u"auditDock"_s);
    QVERIFY(dock && dock->isVisible());
    QCOMPARE(dock->windowTitle(), u"Audit"_s);
}

void tst_AuditPanel::demoFindingsAreListedWorstFirst()
{
    openAudit();
    const AuditFindingModel *model = panel()->model();
    // The demo's findings as tst_auditdemo pins them: two medium first, then
    // three low, three info.
    QCOMPARE(model->rowCount(), 9);
    for (int row = 1; row < model->rowCount(); ++row)
        QVERIFY(model->finding(row - 1).severity >= model->finding(row).severity);
    QCOMPARE(model->finding(0).severity, audit::Severity::Medium);
    const int signup = rowOf(u"GH006"_s, u"workflows/signup"_s);
    QVERIFY(signup >= 0);
    QCOMPARE(model->index(signup, AuditFindingModel::CheckColumn).data().toString(), u"GH006"_s);
    QCOMPARE(model->index(signup, AuditFindingModel::SettingColumn).data().toString(),
             u"workflow `signup`"_s);
    QVERIFY(!model->index(signup, AuditFindingModel::MessageColumn).data().toString().isEmpty());
    QVERIFY(model->index(signup, AuditFindingModel::AcceptedColumn).data().toString().isEmpty());
    QVERIFY(panel()->summary()->text().contains(u"9 findings"_s));
}

void tst_AuditPanel::modelKeepsItsContract()
{
    QAbstractItemModelTester tester(panel()->model(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    ProjectSettings s = document()->project().settings;
    s.swaggerEnabled = true;
    QVERIFY(document()->setSettings(s).ok());
    settle();
    QCOMPARE(panel()->model()->rowCount(), 10); // the Swagger file's finding
    undo()->clear();
    QVERIFY(document()->resetProject(test::demoProject()).ok());
    settle();
    QCOMPARE(panel()->model()->rowCount(), 9);
}

void tst_AuditPanel::clickSelectsTheWorkflow()
{
    openAudit();
    clickRow(rowOf(u"GH006"_s, u"workflows/signup"_s));
    QCOMPARE(m_window->selection()->workflow(), document()->project().indexOfWorkflow(u"signup"_s));
    QCOMPARE(m_window->selection()->action(), -1);
    clickRow(rowOf(u"GH010"_s, u"workflows/admin_cleanup/steps/0"_s));
    QCOMPARE(m_window->selection()->workflow(),
             document()->project().indexOfWorkflow(u"admin_cleanup"_s));
    QCOMPARE(m_window->selection()->action(), 0);
    QVERIFY(m_window->findChild<QDockWidget *>(u"propertiesDock"_s)->isVisible());
}

void tst_AuditPanel::clickShowsASetting()
{
    openAudit();
    clickRow(rowOf(u"GH306"_s, u"settings/tokensInQuerystring"_s));
    auto *dock = m_window->findChild<QDockWidget *>(u"apiSettingsDock"_s);
    QVERIFY(dock && dock->isVisible());
    QTRY_COMPARE(
        QApplication::focusWidget(),
        static_cast<QWidget *>(m_window->apiSettingsPanel()->checkBox(u"tokensInQuery"_s)));
}

void tst_AuditPanel::clickShowsATokenAndADataType()
{
    openAudit();
    Token admin;
    admin.name = u"stripe"_s;
    admin.kind = TokenKind::Admin;
    admin.prefix = u"gh_adm_0001"_s;
    admin.created = QDateTime::currentDateTimeUtc();
    QVERIFY(document()->insertToken(0, admin).ok());
    const int transaction = document()->project().indexOfDataType(u"Transaction"_s);
    DataType open = document()->project().dataTypes.at(transaction);
    open.everyoneElse = PrivacyPermissions::everything();
    QVERIFY(document()->replaceDataType(transaction, open).ok());
    settle();
    int tokenRow = -1;
    int typeRow = -1;
    for (int row = 0; row < panel()->model()->rowCount(); ++row) {
        const QString path = panel()->model()->finding(row).location.path();
        if (tokenRow < 0 && path == u"tokens/stripe"_s)
            tokenRow = row;
        if (typeRow < 0 && path.startsWith(u"dataTypes/Transaction"_s))
            typeRow = row;
    }
    clickRow(tokenRow);
    QVERIFY(m_window->findChild<QDockWidget *>(u"tokensDock"_s)->isVisible());
    QCOMPARE(m_window->tokensPanel()->selectedName(), u"stripe"_s);
    clickRow(typeRow);
    QVERIFY(m_window->findChild<QDockWidget *>(u"dataTypesDock"_s)->isVisible());
    QCOMPARE(m_window->dataTypesPanel()->typeView()->currentIndex().row(), transaction);
}

void tst_AuditPanel::applyFixIsOneUndoStep()
{
    openAudit();
    const int row = rowOf(u"GH306"_s, u"settings/tokensInQuerystring"_s);
    clickRow(row);
    const audit::Finding finding = panel()->model()->finding(row);
    QVERIFY(finding.fix);
    QVERIFY(panel()->applyFixButton()->isEnabled());
    const int before = undo()->count();
    QTest::mouseClick(panel()->applyFixButton(), Qt::LeftButton);
    QCOMPARE(undo()->count(), before + 1);
    QCOMPARE(undo()->undoText(), finding.fix->describe());
    QVERIFY(!document()->project().settings.tokensInQuerystring);
    settle();
    QCOMPARE(rowOf(u"GH306"_s), -1);
    QCOMPARE(panel()->model()->rowCount(), 8);
    undo()->undo();
    QVERIFY(document()->project().settings.tokensInQuerystring);
    settle();
    QVERIFY(rowOf(u"GH306"_s, u"settings/tokensInQuerystring"_s) >= 0);
    QCOMPARE(panel()->model()->rowCount(), 9);
}

void tst_AuditPanel::editsAreAuditedAgainKeepingTheSelection()
{
    openAudit();
    clickRow(rowOf(u"GH005"_s, u"workflows/public_ping"_s));
    // Swagger on adds a finding above the selected one: the selection follows it.
    ProjectSettings s = document()->project().settings;
    s.swaggerEnabled = true;
    QVERIFY(document()->setSettings(s).ok());
    QVERIFY(m_window->session()->audit()->isPending()); // debounced, not at once
    settle();
    QCOMPARE(panel()->model()->rowCount(), 10);
    const audit::Finding *current = panel()->currentFinding();
    QVERIFY(current);
    QCOMPARE(current->checkId, u"GH005"_s);
    QCOMPARE(current->location.path(), u"workflows/public_ping"_s);
}

// The audit runs off the GUI thread: starting it returns at once, and an edit
// made while it runs is audited after, so the list ends on the document's state.
void tst_AuditPanel::anEditDuringARunIsAuditedAfterIt()
{
    ProjectAudit *audit = m_window->session()->audit();
    QSignalSpy changed(audit, &ProjectAudit::changed);
    ProjectSettings s = document()->project().settings;
    s.swaggerEnabled = true;
    QVERIFY(document()->setSettings(s).ok());
    audit->refreshNow();
    QVERIFY(audit->isPending());
    s.swaggerEnabled = false;
    QVERIFY(document()->setSettings(s).ok());
    audit->refreshNow();
    settle();
    QCOMPARE(audit->findings().size(), 9);
    QCOMPARE(panel()->model()->rowCount(), 9);
    // The run that saw Swagger on was dropped, not shown.
    QCOMPARE(changed.size(), 0);
}

bool tst_AuditPanel::openGenerated(int workflows)
{
    const QString python = QStandardPaths::findExecutable(u"python3"_s);
    if (python.isEmpty())
        return false;
    const QString config = m_dir.filePath(u"large.json"_s);
    QProcess generator;
    generator.start(python, {QStringLiteral(GATEHOUSE_SOURCE_DIR "/scripts/generate-project.py"),
                             QString::number(workflows), config});
    if (!generator.waitForFinished(60000) || generator.exitCode() != 0)
        return false;
    Result<Project> large = ConfigFile::read(config);
    return large.ok() && m_window->session()->startUnsaved(std::move(large).value());
}

// Issue 17, item 4: a newer edit stops the run that audits the older state
// (it asks its flag between checks and inside the long ones) instead of
// waiting for it; the newest state is audited once it has stopped.
void tst_AuditPanel::aNewerEditStopsTheRunningAudit()
{
    if (QStandardPaths::findExecutable(u"python3"_s).isEmpty())
        QSKIP("python3 is not installed");
    QVERIFY(openGenerated(600));
    ProjectAudit *audit = m_window->session()->audit();
    QTRY_VERIFY_WITH_TIMEOUT(!audit->isPending(), 300000); // seconds on a crowded machine
    audit->refreshNow();
    const std::shared_ptr<const ProjectAudit::Run> older = audit->lastRun();
    ProjectSettings s = document()->project().settings;
    s.swaggerEnabled = !s.swaggerEnabled;
    QVERIFY(document()->setSettings(s).ok());
    audit->refreshNow();
    QVERIFY(older->cancelled);
    QTRY_VERIFY_WITH_TIMEOUT(!audit->isPending(), 300000);
    QVERIFY(older->stopped);
    QVERIFY(!older->completed);
    const std::shared_ptr<const ProjectAudit::Run> newer = audit->lastRun();
    QVERIFY(newer != older);
    QVERIFY(newer->completed);
    QCOMPARE(audit->report().findings,
             audit::Audit::run(document()->project(), {audit->report().ranAt, {}, {}}).findings);
}

// Closing the editor stops a running audit: the window's destruction waits
// only for the run to see its flag, and the run reports nothing.
void tst_AuditPanel::closingTheEditorStopsTheRunningAudit()
{
    if (QStandardPaths::findExecutable(u"python3"_s).isEmpty())
        QSKIP("python3 is not installed");
    QVERIFY(openGenerated(600));
    ProjectAudit *audit = m_window->session()->audit();
    QTRY_VERIFY_WITH_TIMEOUT(!audit->isPending(), 300000); // seconds on a crowded machine
    audit->refreshNow();
    const std::shared_ptr<const ProjectAudit::Run> running = audit->lastRun();
    QVERIFY(audit->isPending());
    m_window.reset();
    QVERIFY(running->cancelled);
    QVERIFY(running->stopped);
    QVERIFY(!running->completed);
}

void tst_AuditPanel::acceptNeedsAReasonAndSurvivesSaveAndReopen()
{
    openAudit();
    const QString path = u"settings/limits.requestsPerMinutePerWorkflow"_s;
    clickRow(rowOf(u"GH007"_s, path));
    QTest::mouseClick(panel()->acceptButton(), Qt::LeftButton);
    AcceptFindingDialog *dialog = panel()->acceptDialog();
    QVERIFY(dialog && dialog->isVisible());
    QVERIFY(!dialog->acceptButton()->isEnabled());
    QTest::keyClicks(dialog->reasonEdit(), u"   "_s);
    QVERIFY(!dialog->acceptButton()->isEnabled()); // blank is no reason
    dialog->reasonEdit()->clear();
    QTest::keyClicks(dialog->reasonEdit(), u"the proxy limits log-ins"_s);
    QVERIFY(dialog->acceptButton()->isEnabled());
    const int before = undo()->count();
    QTest::mouseClick(dialog->acceptButton(), Qt::LeftButton);
    QCOMPARE(undo()->count(), before + 1);
    QVERIFY(undo()->undoText().startsWith(u"Accept GH007"_s));
    QCOMPARE(document()->project().acceptedFindings.size(), 1);
    QCOMPARE(document()->project().acceptedFindings.first().reason, u"the proxy limits log-ins"_s);
    settle();
    const int row = rowOf(u"GH007"_s, path);
    QVERIFY(panel()->model()->finding(row).isAccepted());
    QVERIFY(panel()
                ->model()
                ->index(row, AuditFindingModel::AcceptedColumn)
                .data()
                .toString()
                .contains(u"the proxy limits log-ins"_s));
    QVERIFY(panel()->withdrawButton()->isEnabled());
    QVERIFY(!panel()->acceptButton()->isEnabled());

    m_script->savePath = m_dir.filePath(u"accepted.gatehouse"_s);
    QVERIFY(m_window->files()->saveAs());
    QVERIFY(m_window->session()->open(m_script->savePath).ok());
    QCOMPARE(document()->project().acceptedFindings.size(), 1);
    QCOMPARE(document()->project().acceptedFindings.first().settingPath, path);
    settle();
    QVERIFY(panel()->model()->finding(rowOf(u"GH007"_s, path)).isAccepted());
    QVERIFY(panel()->summary()->text().contains(u"accepted"_s));
}

void tst_AuditPanel::withdrawIsUndoable()
{
    openAudit();
    const QString path = u"settings/limits.requestsPerMinutePerWorkflow"_s;
    clickRow(rowOf(u"GH007"_s, path));
    panel()->accept(u"the proxy limits log-ins"_s);
    settle();
    QVERIFY(panel()->currentFinding()->isAccepted());
    QTest::mouseClick(panel()->withdrawButton(), Qt::LeftButton);
    QVERIFY(undo()->undoText().startsWith(u"Withdraw acceptance of GH007"_s));
    QVERIFY(document()->project().acceptedFindings.isEmpty());
    settle();
    QVERIFY(!panel()->currentFinding()->isAccepted());
    undo()->undo();
    QCOMPARE(document()->project().acceptedFindings.size(), 1);
    settle();
    QVERIFY(panel()->currentFinding()->isAccepted());
}

void tst_AuditPanel::badgesMarkWorkflowsAndTokens()
{
    const WorkflowListModel *list = m_window->findChild<WorkflowListModel *>();
    QVERIFY(list);
    const int signup = document()->project().indexOfWorkflow(u"signup"_s);
    const int create = document()->project().indexOfWorkflow(u"create_transaction"_s);
    QModelIndex signupRow = list->index(signup);
    QCOMPARE(signupRow.data(WorkflowListModel::AuditSeverityRole).toInt(),
             int(audit::Severity::Low));
    QVERIFY(signupRow.data(Qt::ToolTipRole).toString().contains(u"GH006"_s));
    QCOMPARE(list->index(create).data(WorkflowListModel::AuditSeverityRole).toInt(), -1);

    // A never-expiring admin token with every scope: the token manager marks it.
    Token admin;
    admin.name = u"stripe"_s;
    admin.kind = TokenKind::Admin;
    admin.prefix = u"gh_adm_0001"_s;
    admin.created = QDateTime::currentDateTimeUtc();
    admin.scopes = {};
    QVERIFY(document()->insertToken(0, admin).ok());
    settle();
    const TokenTableModel *tokens = m_window->tokensPanel()->model();
    const QModelIndex name = tokens->index(0, TokenTableModel::NameColumn);
    QVERIFY(name.data(TokenTableModel::AuditSeverityRole).toInt() >= int(audit::Severity::Medium));
    QVERIFY(!name.data(Qt::DecorationRole).value<QIcon>().isNull());
    QVERIFY(name.data(Qt::ToolTipRole).toString().contains(u"GH30"_s));
    // An accepted finding no longer colours the workflow's mark.
    QVERIFY(document()
                ->setAcceptedFindings({{u"GH006"_s, u"workflows/signup"_s, u"on purpose"_s, {}},
                                       {u"GH005"_s, u"workflows/signup"_s, u"public"_s, {}}})
                .ok());
    settle();
    QCOMPARE(list->index(signup).data(WorkflowListModel::AuditSeverityRole).toInt(), -1);
}

// With GATEHOUSE_SHOTS set to a folder: docs/images/audit-panel-{light,dark}.png,
// the panel at 1024x700 with a finding selected. The panel fits either way.
void tst_AuditPanel::screenshots()
{
    openAudit();
    m_window->findChild<QDockWidget *>(u"propertiesDock"_s)->hide();
    auto *dock = m_window->findChild<QDockWidget *>(u"auditDock"_s);
    m_window->resizeDocks({dock}, {330}, Qt::Vertical);
    // Selected, not clicked: a click would open the API Settings beside it.
    QVERIFY(panel()->selectFinding(u"GH007"_s));
    panel()->accept(u"the proxy limits log-ins to 10 a minute"_s);
    settle();
    QVERIFY(panel()->selectFinding(u"GH306"_s));
    QApplication::processEvents();
    QVERIFY(panel()->view()->height() >= 5 * panel()->view()->sizeHintForRow(0));
    QVERIFY(panel()->applyFixButton()->isVisible());
    QVERIFY(panel()->withdrawButton()->geometry().right() <= panel()->width());
    const QString folder = qEnvironmentVariable("GATEHOUSE_SHOTS");
    if (folder.isEmpty())
        return;
    QVERIFY(m_window->grab().save(folder + u"/audit-panel-light.png"_s));
    ScreenshotTaker::applyDarkPalette();
    QApplication::processEvents();
    QVERIFY(m_window->grab().save(folder + u"/audit-panel-dark.png"_s));
}

QTEST_MAIN(tst_AuditPanel)
#include "tst_auditpanel.moc"
