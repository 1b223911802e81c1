#include "MainWindow.h"

#include "BadgeIcons.h"
#include "EditorSelection.h"
#include "EditorSession.h"
#include "MenuBuilder.h"
#include "ProjectProblems.h"
#include "TextFieldUndoKeys.h"
#include "audit/AccessChangePlan.h"
#include "audit/AuditNavigator.h"
#include "audit/AuditPanel.h"
#include "audit/MatrixPanel.h"
#include "data/DataArea.h"
#include "files/FileController.h"
#include "files/MessageBoxPrompter.h"
#include "panels/ProblemsPanel.h"
#include "panels/PropertyPanel.h"
#include "panels/RequestLogPanel.h"
#include "panels/WorkflowCanvas.h"
#include "panels/WorkflowListPanel.h"
#include "panels/WorkflowPropertiesPanel.h"
#include "server/DetectDataController.h"
#include "server/DetectDataDialog.h"
#include "server/RequestArea.h"
#include "server/TestServerController.h"
#include "settings/ApiSettingsPanel.h"
#include "tokens/SessionsPanel.h"
#include "tokens/TokensPanel.h"

#include <QApplication>
#include <QCloseEvent>
#include <QDockWidget>
#include <QLabel>
#include <QLineEdit>
#include <QScrollArea>
#include <QSettings>
#include <QStatusBar>
#include <QStyle>
#include <QTableView>
#include <QToolButton>
#include <QTreeView>
#include <QUndoView>

using namespace Qt::Literals::StringLiterals;

// Resources in a static library need an explicit start, outside any namespace.
static void initResources()
{
    Q_INIT_RESOURCE(gatehouse);
}

namespace gatehouse {

MainWindow::MainWindow() : MainWindow(Options{}) {}

MainWindow::MainWindow(Options options, QWidget *parent)
    : QMainWindow(parent), m_session(new EditorSession(std::move(options.store), this)),
      m_selection(new EditorSelection(m_session->document(), this)),
      m_files(new FileController(m_session,
                                 options.prompter ? std::move(options.prompter)
                                                  : std::make_unique<MessageBoxPrompter>(this),
                                 this)),
      m_list(new WorkflowListPanel(m_session, m_selection)),
      m_canvas(new WorkflowCanvas(m_session, m_selection)),
      m_properties(new PropertyPanel(m_session, m_selection)),
      m_testServer(new TestServerController(m_session, m_files, this)),
      m_detectData(new DetectDataController(m_session, m_testServer, this)),
      m_problems(new ProblemsPanel(m_session->problems()))
{
    initResources();
    qApp->installEventFilter(new TextFieldUndoKeys(this));
    setWindowIcon(BadgeIcons::applicationIcon());
    setDockNestingEnabled(true);
    // The side panels keep their full height; the bottom (request log) sits under the canvas.
    setCorner(Qt::BottomLeftCorner, Qt::LeftDockWidgetArea);
    setCorner(Qt::BottomRightCorner, Qt::RightDockWidgetArea);
    auto *canvasArea = new QScrollArea;
    canvasArea->setObjectName(u"canvasArea"_s);
    canvasArea->setWidget(m_canvas);
    canvasArea->setWidgetResizable(true);
    canvasArea->setFrameShape(QFrame::NoFrame);
    canvasArea->setBackgroundRole(QPalette::Window);
    // The workflow stays in sight when every dock is open on a small screen.
    canvasArea->setMinimumHeight(260);
    setCentralWidget(canvasArea);

    auto *history = new QUndoView(m_session->undoStack());
    history->setObjectName(u"historyView"_s);
    history->setEmptyLabel(tr("<opened>"));
    QDockWidget *listDock =
        addDock(m_list, tr("Workflows"), u"workflowsDock"_s, Qt::LeftDockWidgetArea);
    QDockWidget *propertiesDock =
        addDock(m_properties, tr("Properties"), u"propertiesDock"_s, Qt::RightDockWidgetArea);
    QDockWidget *historyDock =
        addDock(history, tr("History"), u"historyDock"_s, Qt::RightDockWidgetArea);
    historyDock->hide();
    QDockWidget *logDock = addDock(new RequestLogPanel(m_testServer->logModel()), tr("Request Log"),
                                   u"requestLogDock"_s, Qt::BottomDockWidgetArea);
    logDock->hide(); // shown when the test server starts
    QDockWidget *problemsDock =
        addDock(m_problems, tr("Problems"), u"problemsDock"_s, Qt::BottomDockWidgetArea);
    problemsDock->hide(); // shown by the status bar's count, Ctrl+5, or a save with errors
    resizeDocks({listDock, propertiesDock}, {240, 400}, Qt::Horizontal);

    MenuBuilder::build(this, {m_files,
                              m_session->undoStack(),
                              m_list,
                              m_canvas,
                              m_properties,
                              {listDock, propertiesDock, historyDock, logDock, problemsDock},
                              m_testServer});

    addDataArea();
    addSecurityArea();
    addAuditArea(propertiesDock);
    addMatrixArea();
    addRequestArea(logDock);

    connect(m_session, &EditorSession::filePathChanged, this, &MainWindow::updateTitle);
    connect(m_session, &EditorSession::modifiedChanged, this, &MainWindow::updateTitle);
    connect(m_session->document(), &ProjectDocument::nameChanged, this, &MainWindow::updateTitle);
    connect(m_session->document(), &ProjectDocument::projectReset, this, [this] {
        updateTitle();
        if (m_selection->workflow() < 0)
            m_selection->select(0);
    });
    connect(m_session, &EditorSession::replayed, m_selection, &EditorSelection::select);
    connect(m_session, &EditorSession::editFailed, this, [this](const QString &message) {
        statusBar()->showMessage(tr("Not changed: %1").arg(message), 8000);
    });
    connect(m_files, &FileController::statusMessage, this,
            [this](const QString &message) { statusBar()->showMessage(message, 5000); });
    auto *serverStatus = new QLabel(m_testServer->statusText());
    serverStatus->setObjectName(u"testServerStatus"_s);
    serverStatus->setToolTip(tr("The editor's test server, on 127.0.0.1 only (Server menu)"));
    statusBar()->addPermanentWidget(serverStatus);
    connect(m_testServer, &TestServerController::statusTextChanged, serverStatus, &QLabel::setText);
    connect(m_testServer, &TestServerController::statusMessage, this,
            [this](const QString &message) { statusBar()->showMessage(message, 5000); });
    connect(m_properties->workflowPanel(), &WorkflowPropertiesPanel::detectDataRequested, this,
            &MainWindow::showDetectData);
    wireProblems(problemsDock, propertiesDock);
    statusBar()->showMessage(tr("Ready"), 2000);
    readSettings(options.restoreLayout);
    updateTitle();
}

MainWindow::~MainWindow() = default;

void MainWindow::showDetectData(const QString &workflow)
{
    if (!m_detectDialog)
        m_detectDialog = new DetectDataDialog(m_detectData, this);
    m_detectDialog->detect(workflow);
}

QDockWidget *MainWindow::addDock(QWidget *content, const QString &title, const QString &objectName,
                                 Qt::DockWidgetArea area)
{
    auto *dock = new QDockWidget(title, this);
    dock->setObjectName(objectName);
    dock->setWidget(content);
    dock->setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetClosable |
                      QDockWidget::DockWidgetFloatable);
    addDockWidget(area, dock);
    return dock;
}

DataTypesPanel *MainWindow::dataTypesPanel() const
{
    return m_data->dataTypes();
}

PrivacyRulesPanel *MainWindow::privacyRulesPanel() const
{
    return m_data->privacyRules();
}

PrivacyPreviewPanel *MainWindow::privacyPreviewPanel() const
{
    return m_data->privacyPreview();
}

RecordsPanel *MainWindow::recordsPanel() const
{
    return m_data->records();
}

void MainWindow::addDataArea()
{
    m_data = new DataArea(
        m_session, m_testServer, m_files->prompter(), this,
        [this](QWidget *content, const QString &title, const QString &name, bool scrolls) {
            return showLazyDock(content, title, name,
                                scrolls ? DockScrolling::ByItsTables : DockScrolling::InScrollArea);
        });
}

void MainWindow::addSecurityArea()
{
    m_tokens = new TokensPanel(m_session, m_testServer, this);
    m_tokens->hide();
    m_apiSettings = new ApiSettingsPanel(m_session, this);
    m_apiSettings->hide();
    MenuBuilder::addSecurityViews(
        this,
        [this] {
            showLazyDock(m_tokens, tr("Tokens"), u"tokensDock"_s, DockScrolling::ByItsTables);
            m_tokens->filterEdit()->setFocus(Qt::ShortcutFocusReason);
        },
        [this] {
            showLazyDock(m_apiSettings, tr("API Settings"), u"apiSettingsDock"_s);
            m_apiSettings->setFocus(Qt::ShortcutFocusReason);
        });
    m_sessions = new SessionsPanel(m_session, m_testServer, this);
    m_sessions->hide();
    MenuBuilder::addSessionsView(this, [this] {
        showLazyDock(m_sessions, tr("Sessions"), u"sessionsDock"_s, DockScrolling::ByItsTables);
        m_sessions->readLiveData();
        m_sessions->view()->setFocus(Qt::ShortcutFocusReason);
    });
}

void MainWindow::addAuditArea(QDockWidget *propertiesDock)
{
    m_audit = new AuditPanel(m_session, this);
    m_audit->hide();
    MenuBuilder::addAuditView(this, [this] {
        showLazyDock(m_audit, tr("Audit"), u"auditDock"_s, DockScrolling::ByItsTables);
        m_audit->view()->setFocus(Qt::ShortcutFocusReason);
    });
    AuditNavigator::Targets targets{
        m_selection,
        m_properties,
        propertiesDock,
        [this] { return m_data->showDataTypes(); },
        [this] {
            showLazyDock(m_tokens, tr("Tokens"), u"tokensDock"_s, DockScrolling::ByItsTables);
            return m_tokens;
        },
        [this] {
            showLazyDock(m_apiSettings, tr("API Settings"), u"apiSettingsDock"_s);
            return m_apiSettings;
        },
        [this](const QString &message) { statusBar()->showMessage(message, 8000); }};
    m_auditNavigator = new AuditNavigator(m_session, std::move(targets), this);
    connect(m_audit, &AuditPanel::findingActivated, m_auditNavigator, &AuditNavigator::show);
}

void MainWindow::addMatrixArea()
{
    m_matrix = new MatrixPanel(m_session, m_files->prompter(), this);
    m_matrix->hide();
    connect(m_matrix, &MatrixPanel::matrixComputed, m_files->accessPlan(),
            &AccessChangePlan::offer);
    MenuBuilder::addMatrixView(this, [this] {
        showLazyDock(m_matrix, tr("Access Matrix"), u"accessMatrixDock"_s,
                     DockScrolling::ByItsTables);
        m_matrix->view()->setFocus(Qt::ShortcutFocusReason);
    });
}

void MainWindow::addRequestArea(QDockWidget *logDock)
{
    RequestArea::Parts parts{.session = m_session,
                             .selection = m_selection,
                             .server = m_testServer,
                             .auditNavigator = m_auditNavigator,
                             .data = m_data,
                             .list = m_list,
                             .canvas = m_canvas,
                             .logDock = logDock,
                             .showDock = [this](QWidget *panel) {
                                 return showLazyDock(panel, tr("Request"), u"requestDock"_s,
                                                     DockScrolling::ByItsTables);
                             }};
    m_requestArea = new RequestArea(std::move(parts), this);
}

RequestPanel *MainWindow::requestPanel() const
{
    return m_requestArea->panel();
}

void MainWindow::showRequestPanel(const QString &workflow)
{
    m_requestArea->show(workflow);
}

QDockWidget *MainWindow::showLazyDock(QWidget *content, const QString &title,
                                      const QString &objectName, DockScrolling scrolling)
{
    auto *dock = findChild<QDockWidget *>(objectName);
    if (!dock) {
        QWidget *inDock = content;
        if (scrolling == DockScrolling::InScrollArea) {
            auto *scroll = new QScrollArea;
            scroll->setWidget(content);
            scroll->setWidgetResizable(true);
            scroll->setFrameShape(QFrame::NoFrame);
            inDock = scroll;
        }
        dock = addDock(inDock, title, objectName, Qt::BottomDockWidgetArea);
    }
    dock->show();
    dock->raise();
    return dock;
}

void MainWindow::wireProblems(QDockWidget *problemsDock, QDockWidget *propertiesDock)
{
    auto *count = new QToolButton;
    count->setObjectName(u"problemCount"_s);
    count->setAutoRaise(true);
    count->setToolTip(tr("The project's problems, as gatehouse-cli validate finds them; click "
                         "to list them"));
    statusBar()->insertPermanentWidget(0, count);
    const ProjectProblems *problems = m_session->problems();
    auto showCount = [count, problems] {
        count->setText(problems->summary());
        count->setIcon(problems->all().isEmpty()
                           ? QIcon()
                           : count->style()->standardIcon(problems->errorCount() > 0
                                                              ? QStyle::SP_MessageBoxCritical
                                                              : QStyle::SP_MessageBoxWarning));
        count->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    };
    showCount();
    connect(problems, &ProjectProblems::changed, count, showCount);
    auto showDock = [problemsDock] {
        problemsDock->show();
        problemsDock->raise();
    };
    connect(count, &QToolButton::clicked, problemsDock, showDock);
    connect(m_files, &FileController::problemsRequested, problemsDock, [=, this] {
        showDock();
        m_problems->view()->setFocus(Qt::OtherFocusReason);
    });
    connect(m_problems, &ProblemsPanel::problemActivated, this,
            [this, propertiesDock](const Diagnostic &diagnostic) {
                if (diagnostic.workflow < 0) {
                    statusBar()->showMessage(diagnostic.toString(), 8000);
                    return;
                }
                m_selection->select(diagnostic.workflow, diagnostic.step);
                propertiesDock->show();
                propertiesDock->raise();
                m_properties->showProblem(diagnostic);
            });
}

bool MainWindow::selectWorkflow(const QString &name)
{
    const int index = m_session->document()->project().indexOfWorkflow(name);
    if (index < 0)
        return false;
    m_selection->select(index);
    return true;
}

void MainWindow::updateTitle()
{
    // The [*] placeholder shows the modified mark where the platform wants it.
    setWindowTitle(tr("%1[*] — Gatehouse").arg(m_session->displayName()));
    setWindowModified(m_session->isModified());
    setWindowFilePath(m_session->filePath());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!m_files->maybeSave()) {
        event->ignore();
        return;
    }
    m_files->closeCleanly();
    m_testServer->stop();
    writeSettings();
    event->accept();
}

void MainWindow::readSettings(bool restoreLayout)
{
    QSettings settings;
    if (!restoreLayout || !restoreGeometry(settings.value(u"window/geometry"_s).toByteArray()))
        resize(1360, 820);
    if (restoreLayout)
        restoreState(settings.value(u"window/state"_s).toByteArray());
}

void MainWindow::writeSettings() const
{
    QSettings settings;
    settings.setValue(u"window/geometry"_s, saveGeometry());
    settings.setValue(u"window/state"_s, saveState());
}

} // namespace gatehouse
