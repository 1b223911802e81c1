#pragma once

#include <QObject>

#include <functional>

class QDockWidget;
class QMainWindow;
class QWidget;

namespace gatehouse {

class AuditNavigator;
class DataArea;
class EditorSelection;
class EditorSession;
class RequestPanel;
class TestServerController;
class WorkflowCanvas;
class WorkflowListPanel;
struct RequestLogEntry;

// The Request panel and the Request Log in the editor. The panel is made the
// first time it is shown, from the View menu, a workflow's "Test this
// workflow" (the list's or the canvas card's) or a Request Log row opened;
// its trace steps lead to the settings that decided them. The log's dock
// shows when the test server starts. The main window lends the way it
// makes a lazy dock.
class RequestArea : public QObject
{
    Q_OBJECT

public:
    struct Parts
    {
        EditorSession *session;
        EditorSelection *selection;
        TestServerController *server;
        AuditNavigator *auditNavigator;
        DataArea *data; // a privacy rule's step shows its rule there
        // Where "Test this workflow" and "Open in Request panel" come from.
        WorkflowListPanel *list;
        WorkflowCanvas *canvas;
        QDockWidget *logDock; // the Request Log's
        // Makes (or finds) the Request dock around the panel, shows and raises it.
        std::function<QDockWidget *(QWidget *panel)> showDock;
    };

    RequestArea(Parts parts, QMainWindow *window);

    // Null until first shown.
    RequestPanel *panel() const { return m_panel; }
    // The panel, prefilled from `workflow` (the selected one when empty).
    void show(const QString &workflow = {});

private:
    void openLogEntry(const RequestLogEntry &entry);
    void makePanel();

    QMainWindow *m_window;
    Parts m_parts;
    RequestPanel *m_panel = nullptr;
};

} // namespace gatehouse
