#include "WorkflowListPanel.h"

#include "EditorSelection.h"
#include "EditorSession.h"
#include "audit/AuditMarkDelegate.h"
#include "commands/AddWorkflow.h"
#include "commands/RemoveWorkflow.h"
#include "models/WorkflowListModel.h"

#include <QAction>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QListView>
#include <QSortFilterProxyModel>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace gatehouse {

WorkflowListPanel::WorkflowListPanel(EditorSession *session, EditorSelection *selection,
                                     QWidget *parent)
    : QWidget(parent), m_session(session), m_selection(selection),
      m_model(new WorkflowListModel(session, this)), m_proxy(new QSortFilterProxyModel(this)),
      m_filter(new QLineEdit(this)), m_view(new QListView(this))
{
    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_filter->setPlaceholderText(tr("Filter workflows"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setToolTip(tr("Show only the workflows whose name contains this text"));
    connect(m_filter, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_proxy->setFilterFixedString(text);
        // Reordering a filtered list would hide where a row lands.
        m_view->setDragEnabled(text.isEmpty());
        showSelection();
    });

    m_view->setModel(m_proxy);
    m_view->setObjectName(u"workflowList"_s);
    m_view->setEditTriggers(QAbstractItemView::EditKeyPressed | QAbstractItemView::DoubleClicked);
    m_view->setDragDropMode(QAbstractItemView::InternalMove);
    m_view->setDefaultDropAction(Qt::MoveAction);
    m_view->setUniformItemSizes(true);
    m_view->setIconSize(QSize(16, 16));
    m_view->setSpacing(1);
    m_view->setItemDelegate(new AuditMarkDelegate(WorkflowListModel::ProblemCountRole,
                                                  WorkflowListModel::AuditSeverityRole, m_view));
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &WorkflowListPanel::onCurrentChanged);
    connect(m_model, &QAbstractItemModel::modelReset, this, &WorkflowListPanel::showSelection);
    // The selection may change before the model has the row, so look again.
    connect(m_model, &QAbstractItemModel::rowsMoved, this, &WorkflowListPanel::showSelection);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &WorkflowListPanel::showSelection);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &WorkflowListPanel::showSelection);
    connect(selection, &EditorSelection::changed, this, &WorkflowListPanel::showSelection);

    createActions();
    auto *buttons = new QHBoxLayout;
    buttons->setSpacing(2);
    for (QAction *action : {m_add, m_duplicate, m_delete}) {
        auto *button = new QToolButton(this);
        button->setDefaultAction(action);
        button->setToolButtonStyle(Qt::ToolButtonTextOnly);
        button->setAutoRaise(true);
        buttons->addWidget(button);
    }
    buttons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(m_filter);
    layout->addWidget(m_view);
    layout->addLayout(buttons);
    showSelection();
}

void WorkflowListPanel::createActions()
{
    m_add = new QAction(tr("Add"), this);
    m_add->setShortcut(QKeySequence(tr("Ctrl+Shift+N")));
    m_add->setToolTip(tr("Add a workflow; new workflows require a logged-in user"));
    m_duplicate = new QAction(tr("Duplicate"), this);
    m_duplicate->setShortcut(QKeySequence(tr("Ctrl+D")));
    m_duplicate->setToolTip(tr("Copy the selected workflow with its security settings"));
    m_delete = new QAction(tr("Delete"), this);
    m_delete->setShortcut(QKeySequence::Delete);
    m_delete->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_delete->setToolTip(tr("Delete the selected workflow; its endpoint stops answering"));
    m_rename = new QAction(tr("Rename"), this);
    m_rename->setShortcut(QKeySequence(Qt::Key_F2));
    m_rename->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_rename->setToolTip(tr("Rename the selected workflow; its URL changes with its name"));
    // Delete and F2 act on the list, not on whatever else has focus.
    m_test = new QAction(tr("Test this workflow"), this);
    m_test->setObjectName(u"testWorkflowAction"_s);
    m_test->setToolTip(tr("Open the Request panel with this workflow's call"));
    m_view->addAction(m_delete);
    m_view->addAction(m_rename);
    m_view->addAction(m_test);
    m_view->setContextMenuPolicy(Qt::ActionsContextMenu);
    connect(m_test, &QAction::triggered, this, [this] {
        const int index = m_selection->workflow();
        const Project &project = m_session->document()->project();
        if (index >= 0 && index < project.workflows.size())
            emit testWorkflowRequested(project.workflows.at(index).name);
    });
    connect(m_add, &QAction::triggered, this, &WorkflowListPanel::addWorkflow);
    connect(m_duplicate, &QAction::triggered, this, &WorkflowListPanel::duplicateWorkflow);
    connect(m_delete, &QAction::triggered, this, &WorkflowListPanel::deleteWorkflow);
    connect(m_rename, &QAction::triggered, this, &WorkflowListPanel::renameWorkflow);
    connect(m_selection, &EditorSelection::changed, this, &WorkflowListPanel::updateActions);
    updateActions();
}

void WorkflowListPanel::updateActions()
{
    const bool any = m_selection->workflow() >= 0;
    m_duplicate->setEnabled(any);
    m_delete->setEnabled(any);
    m_rename->setEnabled(any);
    m_test->setEnabled(any);
}

QString WorkflowListPanel::uniqueName(const QString &base) const
{
    const Project &project = m_session->document()->project();
    QString name = base;
    for (int n = 2; project.indexOfWorkflow(name) >= 0; ++n)
        name = u"%1_%2"_s.arg(base).arg(n);
    return name;
}

void WorkflowListPanel::addWorkflow()
{
    Workflow workflow;
    workflow.name = uniqueName(u"new_workflow"_s);
    const int at = m_selection->workflow() + 1 > 0
                       ? m_selection->workflow() + 1
                       : int(m_session->document()->project().workflows.size());
    // push() shows a failure itself (editFailed); nothing here depends on it.
    (void)m_session->push(new AddWorkflow(m_session->document(), at, workflow));
}

void WorkflowListPanel::duplicateWorkflow()
{
    const int current = m_selection->workflow();
    if (current < 0)
        return;
    Workflow copy = m_session->document()->project().workflows.at(current);
    copy.name = uniqueName(copy.name + u"_copy"_s);
    const QString text =
        tr("Duplicate workflow %1 as %2")
            .arg(m_session->document()->project().workflows.at(current).name, copy.name);
    // push() shows a failure itself (editFailed); nothing here depends on it.
    (void)m_session->push(new AddWorkflow(m_session->document(), current + 1, copy, text));
}

void WorkflowListPanel::deleteWorkflow()
{
    // push() shows a failure itself (editFailed); nothing here depends on it.
    if (m_selection->workflow() >= 0)
        (void)m_session->push(new RemoveWorkflow(m_session->document(), m_selection->workflow()));
}

void WorkflowListPanel::renameWorkflow()
{
    if (m_view->currentIndex().isValid())
        m_view->edit(m_view->currentIndex());
}

void WorkflowListPanel::showSelection()
{
    const QModelIndex wanted = m_proxy->mapFromSource(m_model->index(m_selection->workflow()));
    if (m_view->currentIndex() != wanted)
        m_view->setCurrentIndex(wanted);
}

void WorkflowListPanel::onCurrentChanged()
{
    const QModelIndex current = m_proxy->mapToSource(m_view->currentIndex());
    if (current.isValid() && current.row() != m_selection->workflow())
        m_selection->select(current.row());
}

} // namespace gatehouse
