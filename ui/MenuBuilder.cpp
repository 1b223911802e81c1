#include "MenuBuilder.h"

#include "files/ConfigImportController.h"
#include "files/FileController.h"
#include "files/SuiteExportController.h"
#include "panels/PropertyPanel.h"
#include "panels/WorkflowCanvas.h"
#include "panels/WorkflowListPanel.h"
#include "server/TestServerController.h"

#include <QAction>
#include <QApplication>
#include <QDockWidget>
#include <QListView>
#include <QMainWindow>
#include <QMenuBar>
#include <QMessageBox>
#include <QToolBar>
#include <QUndoStack>

using namespace Qt::Literals::StringLiterals;

namespace gatehouse {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("MenuBuilder", text);
}
} // namespace

void MenuBuilder::build(QMainWindow *window, const Parts &parts)
{
    buildFileMenu(window, parts);
    buildEditMenu(window, parts);
    buildWorkflowMenu(window, parts);
    buildViewMenu(window, parts);
    buildServerMenu(window, parts);
    QMenu *help = window->menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About Gatehouse"), window, [window] {
        QMessageBox::about(window, tr("About Gatehouse"),
                           tr("<h3>Gatehouse %1</h3><p>Design and secure backend API "
                              "workflows.</p>")
                               .arg(QApplication::applicationVersion()));
    });
}

void MenuBuilder::buildFileMenu(QMainWindow *window, const Parts &parts)
{
    QMenu *file = window->menuBar()->addMenu(tr("&File"));
    file->addAction(parts.files->newAction());
    file->addAction(parts.files->openAction());
    file->addMenu(parts.files->recentMenu());
    file->addAction(tr("Open &Demo Project"), parts.files, [files = parts.files] {
        if (files->maybeSave()) {
            files->closeCleanly();
            files->openDemo();
        }
    });
    file->addSeparator();
    file->addAction(parts.files->saveAction());
    file->addAction(parts.files->saveAsAction());
    file->addSeparator();
    file->addAction(parts.files->configs()->importAction());
    file->addAction(parts.files->configs()->exportAction());
    file->addAction(parts.files->suites()->postmanAction());
    file->addAction(parts.files->suites()->brunoAction());
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), window, &QMainWindow::close);
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);
}

void MenuBuilder::buildEditMenu(QMainWindow *window, const Parts &parts)
{
    QMenu *edit = window->menuBar()->addMenu(tr("&Edit"));
    // The stack names the action: "Undo Set Authentication".
    QAction *undo = parts.undoStack->createUndoAction(window, tr("&Undo"));
    undo->setShortcut(QKeySequence::Undo);
    QAction *redo = parts.undoStack->createRedoAction(window, tr("&Redo"));
    redo->setShortcuts({QKeySequence::Redo, QKeySequence(tr("Ctrl+Y"))});
    edit->addAction(undo);
    edit->addAction(redo);
}

void MenuBuilder::buildWorkflowMenu(QMainWindow *window, const Parts &parts)
{
    QMenu *menu = window->menuBar()->addMenu(tr("&Workflow"));
    QAction *add = parts.list->addWorkflowAction();
    add->setText(tr("&Add Workflow"));
    menu->addAction(add);
    menu->addAction(parts.list->duplicateWorkflowAction());
    menu->addAction(parts.list->renameWorkflowAction());
    menu->addAction(parts.list->deleteWorkflowAction());
    menu->addSeparator();
    QMenu *steps = parts.canvas->addActionMenu();
    steps->setTitle(tr("Add A&ction"));
    menu->addMenu(steps);
    QAction *left = menu->addAction(tr("Move Step &Left"), parts.canvas,
                                    [canvas = parts.canvas] { canvas->moveSelectedStep(-1); });
    left->setShortcut(QKeySequence(tr("Ctrl+Shift+Left")));
    QAction *right = menu->addAction(tr("Move Step R&ight"), parts.canvas,
                                     [canvas = parts.canvas] { canvas->moveSelectedStep(1); });
    right->setShortcut(QKeySequence(tr("Ctrl+Shift+Right")));
    menu->addAction(tr("Delete &Step"), parts.canvas,
                    [canvas = parts.canvas] { canvas->deleteSelectedStep(); });

    QToolBar *bar = window->addToolBar(tr("Main"));
    bar->setObjectName(u"mainToolBar"_s);
    bar->setMovable(false);
    bar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    bar->addAction(parts.files->newAction());
    bar->addAction(parts.files->openAction());
    bar->addAction(parts.files->saveAction());
    bar->addSeparator();
    bar->addAction(add);
}

void MenuBuilder::buildViewMenu(QMainWindow *window, const Parts &parts)
{
    QMenu *view = window->menuBar()->addMenu(tr("&View"));
    view->setObjectName(u"viewMenu"_s);
    for (QDockWidget *dock : parts.docks)
        view->addAction(dock->toggleViewAction());
    view->addSeparator();
    QDockWidget *listDock = parts.docks.value(0);
    QDockWidget *propertiesDock = parts.docks.value(1);
    QDockWidget *historyDock = parts.docks.value(2);
    QAction *focusList = view->addAction(tr("Focus &Workflow List"), parts.list,
                                         [=] { focusDock(listDock, parts.list->view()); });
    focusList->setShortcut(QKeySequence(tr("Ctrl+1")));
    QAction *focusCanvas = view->addAction(tr("Focus &Canvas"), parts.canvas,
                                           [canvas = parts.canvas] { canvas->setFocus(); });
    focusCanvas->setShortcut(QKeySequence(tr("Ctrl+2")));
    QAction *focusProperties = view->addAction(tr("Focus &Properties"), parts.properties, [=] {
        focusDock(propertiesDock, nullptr);
        parts.properties->focusFirstField();
    });
    focusProperties->setShortcut(QKeySequence(tr("Ctrl+3")));
    QAction *showHistory = view->addAction(tr("Show &History"), window,
                                           [=] { focusDock(historyDock, historyDock->widget()); });
    showHistory->setShortcut(QKeySequence(tr("Ctrl+4")));
    showHistory->setStatusTip(tr("Show the undo history; click an entry to go back to it"));
    if (QDockWidget *problemsDock = parts.docks.value(4)) {
        QAction *showProblems = view->addAction(
            tr("Show P&roblems"), window, [=] { focusDock(problemsDock, problemsDock->widget()); });
        showProblems->setShortcut(QKeySequence(tr("Ctrl+5")));
        showProblems->setStatusTip(tr("Show every problem gatehouse-cli validate finds"));
    }
}

void MenuBuilder::addDataViews(QMainWindow *window, const std::function<void()> &showTypes,
                               const std::function<void()> &showPrivacy,
                               const std::function<void()> &showPreview)
{
    auto *view = window->menuBar()->findChild<QMenu *>(u"viewMenu"_s);
    if (!view)
        return;
    view->addSeparator();
    QAction *action = view->addAction(tr("Show &Data Types"), window, showTypes);
    action->setObjectName(u"showDataTypes"_s);
    action->setShortcut(QKeySequence(tr("Ctrl+Alt+D")));
    action->setStatusTip(tr("Show the data types and their fields (the Data tab)"));
    QAction *privacy = view->addAction(tr("Show &Privacy Rules"), window, showPrivacy);
    privacy->setObjectName(u"showPrivacyRules"_s);
    privacy->setShortcut(QKeySequence(tr("Ctrl+Alt+P")));
    privacy->setStatusTip(tr("Show each data type's privacy rules, with the audit's warnings"));
    QAction *preview = view->addAction(tr("Show Privacy Pre&view"), window, showPreview);
    preview->setObjectName(u"showPrivacyPreview"_s);
    preview->setShortcut(QKeySequence(tr("Ctrl+Alt+V")));
    preview->setStatusTip(tr("Preview a type's records as anonymous, a test user or a token sees "
                             "them, before saving"));
}

void MenuBuilder::addSecurityViews(QMainWindow *window, const std::function<void()> &showTokens,
                                   const std::function<void()> &showSettings)
{
    auto *view = window->menuBar()->findChild<QMenu *>(u"viewMenu"_s);
    if (!view)
        return;
    QAction *tokens = view->addAction(tr("Show &Tokens"), window, showTokens);
    tokens->setObjectName(u"showTokens"_s);
    tokens->setShortcut(QKeySequence(tr("Ctrl+Shift+T")));
    tokens->setStatusTip(tr("Show every API token, its state, scopes and warnings"));
    QAction *settings = view->addAction(tr("Show &API Settings"), window, showSettings);
    settings->setObjectName(u"showApiSettings"_s);
    settings->setShortcut(QKeySequence(tr("Ctrl+Shift+A")));
    settings->setStatusTip(tr("Show the project's API settings: what is exposed, limits"));
}

void MenuBuilder::addRecordsView(QMainWindow *window, const std::function<void()> &showRecords)
{
    auto *view = window->menuBar()->findChild<QMenu *>(u"viewMenu"_s);
    if (!view)
        return;
    QAction *records = view->addAction(tr("Show Test &Records"), window, showRecords);
    records->setObjectName(u"showTestRecords"_s);
    records->setShortcut(QKeySequence(tr("Ctrl+Alt+R")));
    records->setStatusTip(tr("Browse, search and edit each data type's test records"));
}

void MenuBuilder::addSessionsView(QMainWindow *window, const std::function<void()> &showSessions)
{
    auto *view = window->menuBar()->findChild<QMenu *>(u"viewMenu"_s);
    if (!view)
        return;
    QAction *sessions = view->addAction(tr("Show &Sessions"), window, showSessions);
    sessions->setObjectName(u"showSessions"_s);
    sessions->setShortcut(QKeySequence(tr("Ctrl+Shift+E")));
    sessions->setStatusTip(tr("Show the test users' live sessions, to revoke one or all"));
}

void MenuBuilder::addAuditView(QMainWindow *window, const std::function<void()> &showAudit)
{
    auto *view = window->menuBar()->findChild<QMenu *>(u"viewMenu"_s);
    if (!view)
        return;
    QAction *audit = view->addAction(tr("Show A&udit"), window, showAudit);
    audit->setObjectName(u"showAudit"_s);
    audit->setShortcut(QKeySequence(tr("Ctrl+Shift+U")));
    audit->setStatusTip(tr("Show the security audit's findings, worst first, to fix or accept"));
}

void MenuBuilder::addMatrixView(QMainWindow *window, const std::function<void()> &showMatrix)
{
    auto *view = window->menuBar()->findChild<QMenu *>(u"viewMenu"_s);
    if (!view)
        return;
    QAction *matrix = view->addAction(tr("Access &Matrix"), window, showMatrix);
    matrix->setObjectName(u"showAccessMatrix"_s);
    matrix->setShortcut(QKeySequence(tr("Ctrl+Shift+M")));
    matrix->setStatusTip(tr("Show who may do what: every principal against every workflow and "
                            "Data API operation, as the engine decides"));
}

void MenuBuilder::addRequestView(QMainWindow *window, const std::function<void()> &showRequest)
{
    auto *view = window->menuBar()->findChild<QMenu *>(u"viewMenu"_s);
    if (!view)
        return;
    QAction *request = view->addAction(tr("Show Re&quest Panel"), window, showRequest);
    request->setObjectName(u"showRequestPanel"_s);
    request->setShortcut(QKeySequence(tr("Ctrl+Alt+Q")));
    request->setStatusTip(tr("Send a call to the test server as anyone and see why it answered"));
}

void MenuBuilder::buildServerMenu(QMainWindow *window, const Parts &parts)
{
    if (!parts.server)
        return;
    QMenu *menu = window->menuBar()->addMenu(tr("&Server"));
    menu->setToolTipsVisible(true); // they say it listens on 127.0.0.1 only
    menu->addAction(parts.server->startAction());
    menu->addAction(parts.server->stopAction());
}

void MenuBuilder::focusDock(QDockWidget *dock, QWidget *focus)
{
    dock->show();
    dock->raise();
    if (focus)
        focus->setFocus(Qt::ShortcutFocusReason);
}

} // namespace gatehouse
