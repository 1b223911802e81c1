#include "RequestArea.h"

#include "EditorSelection.h"
#include "EditorSession.h"
#include "MenuBuilder.h"
#include "RequestLogDraft.h"
#include "RequestPanel.h"
#include "RequestResponseView.h"
#include "TestServerController.h"
#include "TraceNavigator.h"
#include "TracePipelineView.h"
#include "data/DataArea.h"
#include "model/ProjectDocument.h"
#include "panels/RequestLogPanel.h"
#include "panels/WorkflowCanvas.h"
#include "panels/WorkflowListPanel.h"

#include <QDockWidget>
#include <QLineEdit>
#include <QMainWindow>
#include <QStatusBar>

namespace gatehouse {

RequestArea::RequestArea(Parts parts, QMainWindow *window)
    : QObject(window), m_window(window), m_parts(std::move(parts))
{
    MenuBuilder::addRequestView(window, [this] { show(); });
    const auto showWorkflow = [this](const QString &workflow) { show(workflow); };
    connect(m_parts.list, &WorkflowListPanel::testWorkflowRequested, this, showWorkflow);
    connect(m_parts.canvas, &WorkflowCanvas::testWorkflowRequested, this, showWorkflow);
    auto *log = qobject_cast<RequestLogPanel *>(m_parts.logDock->widget());
    connect(log, &RequestLogPanel::openRequested, this, &RequestArea::openLogEntry);
    QDockWidget *logDock = m_parts.logDock;
    connect(m_parts.server, &TestServerController::runningChanged, logDock, [=](bool running) {
        if (running && logDock->isHidden()) {
            logDock->show();
            window->resizeDocks({logDock}, {280}, Qt::Vertical);
        }
    });
}

void RequestArea::openLogEntry(const RequestLogEntry &entry)
{
    const auto opened = RequestLogDraft::fromEntry(m_parts.session->document()->project(), entry);
    show(opened.workflow);
    opened.applyTo(m_panel);
    m_window->statusBar()->showMessage(opened.note, 8000);
}

void RequestArea::makePanel()
{
    m_panel = new RequestPanel(m_parts.session, m_parts.server);
    DataArea *data = m_parts.data;
    const auto showRules = [data] {
        data->showPrivacyRules();
        return data->privacyRules();
    };
    auto *navigator =
        new TraceNavigator(m_parts.session, m_parts.auditNavigator, showRules, m_panel);
    connect(m_panel->responseView()->pipelineView(), &TracePipelineView::stepActivated, navigator,
            &TraceNavigator::show);
}

void RequestArea::show(const QString &workflow)
{
    if (!m_panel)
        makePanel();
    m_parts.showDock(m_panel);
    const int selected = m_parts.selection->workflow();
    const QList<Workflow> &workflows = m_parts.session->document()->project().workflows;
    if (!workflow.isEmpty())
        m_panel->prefillWorkflow(workflow);
    else if (selected >= 0 && selected < workflows.size())
        m_panel->prefillWorkflow(workflows.at(selected).name);
    m_panel->pathEdit()->setFocus(Qt::ShortcutFocusReason);
}

} // namespace gatehouse
