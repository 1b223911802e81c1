#pragma once

#include <QList>

#include <functional>

class QMainWindow;
class QUndoStack;
class QDockWidget;
class QWidget;

namespace gatehouse {

class FileController;
class TestServerController;
class PropertyPanel;
class WorkflowCanvas;
class WorkflowListPanel;

// Fills the main window's menu bar and tool bar from the actions the panels
// and the file controller own, so the main window only wires.
class MenuBuilder
{
public:
    struct Parts
    {
        FileController *files;
        QUndoStack *undoStack;
        WorkflowListPanel *list;
        WorkflowCanvas *canvas;
        PropertyPanel *properties;
        QList<QDockWidget *> docks; // workflows, properties, history, request log, problems
        TestServerController *server = nullptr;
    };

    static void build(QMainWindow *window, const Parts &parts);
    // The Data area's entries in the View menu, each with its shortcut.
    static void addDataViews(QMainWindow *window, const std::function<void()> &showTypes,
                             const std::function<void()> &showPrivacy,
                             const std::function<void()> &showPreview);
    // The Tokens (Ctrl+Shift+T) and API Settings (Ctrl+Shift+A) entries.
    static void addSecurityViews(QMainWindow *window, const std::function<void()> &showTokens,
                                 const std::function<void()> &showSettings);
    // Show Test Records (Ctrl+Alt+R), after the Data area's entries.
    static void addRecordsView(QMainWindow *window, const std::function<void()> &showRecords);
    static void addSessionsView(QMainWindow *window, const std::function<void()> &showSessions);
    // The Audit entry (Ctrl+Shift+U).
    static void addAuditView(QMainWindow *window, const std::function<void()> &showAudit);
    // The Access Matrix entry (Ctrl+Shift+M).
    static void addMatrixView(QMainWindow *window, const std::function<void()> &showMatrix);
    // The Request panel entry (Ctrl+Alt+Q).
    static void addRequestView(QMainWindow *window, const std::function<void()> &showRequest);

private:
    static void buildFileMenu(QMainWindow *window, const Parts &parts);
    static void buildEditMenu(QMainWindow *window, const Parts &parts);
    static void buildWorkflowMenu(QMainWindow *window, const Parts &parts);
    static void buildViewMenu(QMainWindow *window, const Parts &parts);
    static void buildServerMenu(QMainWindow *window, const Parts &parts);
    // Shows the dock (it may be closed or behind another) and focuses it.
    static void focusDock(QDockWidget *dock, QWidget *focus);
};

} // namespace gatehouse
