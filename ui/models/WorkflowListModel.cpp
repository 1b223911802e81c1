#include "WorkflowListModel.h"

#include "BadgeIcons.h"
#include "EditorSession.h"
#include "ProjectProblems.h"
#include "audit/ProjectAudit.h"
#include "commands/MoveWorkflow.h"
#include "commands/RenameWorkflow.h"

#include "engine/Reachability.h"

#include <QMimeData>

using namespace Qt::Literals::StringLiterals;

namespace gatehouse {

namespace {
const QString rowMimeType = u"application/x-gatehouse-workflow-row"_s;
}

WorkflowListModel::WorkflowListModel(EditorSession *session, QObject *parent)
    : QAbstractListModel(parent), m_session(session), m_shown(session->document()->snapshot())
{
    ProjectDocument *document = session->document();
    connect(document, &ProjectDocument::workflowInserted, this, &WorkflowListModel::onInserted);
    connect(document, &ProjectDocument::workflowRemoved, this, &WorkflowListModel::onRemoved);
    connect(document, &ProjectDocument::workflowMoved, this, &WorkflowListModel::onMoved);
    connect(document, &ProjectDocument::workflowChanged, this, &WorkflowListModel::onChanged);
    connect(document, &ProjectDocument::projectReset, this, &WorkflowListModel::onReset);
    connect(document, &ProjectDocument::settingsChanged, this,
            &WorkflowListModel::onSettingsChanged);
    connect(session->problems(), &ProjectProblems::changed, this, [this] {
        if (rowCount() > 0)
            emit dataChanged(index(0), index(rowCount() - 1), {ProblemCountRole, Qt::ToolTipRole});
    });
    connect(session->audit(), &ProjectAudit::changed, this, [this] {
        if (rowCount() > 0)
            emit dataChanged(index(0), index(rowCount() - 1), {AuditSeverityRole, Qt::ToolTipRole});
    });
}

int WorkflowListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(shownWorkflows().size());
}

QVariant WorkflowListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Workflow &workflow = shownWorkflows().at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        return workflow.name;
    case Qt::DecorationRole:
        return BadgeIcons::workflowIcon(workflow,
                                        Reachability::workflowReachable(settings(), workflow));
    case Qt::ToolTipRole: {
        QString tip = toolTip(index.row());
        const Diagnostics problems = m_session->problems()->in(index.row());
        if (!problems.isEmpty())
            tip += u"\n"_s + ProjectProblems::describe(problems);
        const auto findings = m_session->audit()->findingsForWorkflow(workflow.name);
        if (!findings.isEmpty())
            tip += u"\n"_s + tr("Audit:") + u"\n"_s + ProjectAudit::describe(findings);
        return tip;
    }
    case ProblemCountRole:
        return m_session->problems()->countIn(index.row());
    case AuditSeverityRole:
        return ProjectAudit::worstOpenSeverity(
            m_session->audit()->findingsForWorkflow(workflow.name));
    case ExposedRole:
        return workflow.exposed;
    case AuthModeRole:
        return static_cast<int>(workflow.authentication);
    default:
        return {};
    }
}

QString WorkflowListModel::toolTip(int row) const
{
    const Workflow &workflow = shownWorkflows().at(row);
    if (!settings().workflowApiEnabled)
        return tr("%1: the Workflow API is off; reachable only when another workflow schedules it")
            .arg(workflow.name);
    if (!workflow.exposed)
        return tr("%1: not exposed; reachable only when another workflow schedules it")
            .arg(workflow.name);
    return tr("%1: exposed as %2 /api/1.1/wf/%1; authentication: %3")
        .arg(workflow.name, httpMethodId(workflow.method).toUpper(),
             authModeDisplayName(workflow.authentication));
}

bool WorkflowListModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !checkIndex(index, CheckIndexOption::IndexIsValid))
        return false;
    const QString name = value.toString().trimmed();
    if (name == index.data(Qt::EditRole).toString())
        return false;
    return m_session->push(new RenameWorkflow(m_session->document(), index.row(), name)).ok();
}

Qt::ItemFlags WorkflowListModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::ItemIsDropEnabled;
    return QAbstractListModel::flags(index) | Qt::ItemIsEditable | Qt::ItemIsDragEnabled;
}

Qt::DropActions WorkflowListModel::supportedDropActions() const
{
    return Qt::MoveAction;
}

QStringList WorkflowListModel::mimeTypes() const
{
    return {rowMimeType};
}

QMimeData *WorkflowListModel::mimeData(const QModelIndexList &indexes) const
{
    if (indexes.size() != 1)
        return nullptr;
    auto *data = new QMimeData;
    data->setData(rowMimeType, QByteArray::number(indexes.first().row()));
    return data;
}

bool WorkflowListModel::canDropMimeData(const QMimeData *data, Qt::DropAction action, int, int,
                                        const QModelIndex &) const
{
    return action == Qt::MoveAction && data && data->hasFormat(rowMimeType);
}

bool WorkflowListModel::dropMimeData(const QMimeData *data, Qt::DropAction action, int row,
                                     int column, const QModelIndex &parent)
{
    if (!canDropMimeData(data, action, row, column, parent))
        return false;
    bool ok = false;
    const int from = data->data(rowMimeType).toInt(&ok);
    if (!ok || from < 0 || from >= rowCount())
        return false;
    // A drop onto an item lands before it; below the last item, at the end.
    const int before = row >= 0 ? row : (parent.isValid() ? parent.row() : rowCount());
    const int to = before > from ? before - 1 : before;
    // push() shows a failure itself (editFailed); the answer is false either way.
    if (to != from)
        (void)m_session->push(new MoveWorkflow(m_session->document(), from, to));
    // The document moved the row; the view must not remove the source too.
    return false;
}

void WorkflowListModel::onInserted(int index)
{
    beginInsertRows({}, index, index);
    m_shown = m_session->document()->snapshot();
    endInsertRows();
}

void WorkflowListModel::onRemoved(int index)
{
    beginRemoveRows({}, index, index);
    m_shown = m_session->document()->snapshot();
    endRemoveRows();
}

void WorkflowListModel::onMoved(int from, int to)
{
    // beginMoveRows names the row the moved one goes before, in old numbers.
    beginMoveRows({}, from, from, {}, to > from ? to + 1 : to);
    m_shown = m_session->document()->snapshot();
    endMoveRows();
}

void WorkflowListModel::onChanged(int index)
{
    m_shown = m_session->document()->snapshot();
    const QModelIndex changed = this->index(index);
    emit dataChanged(changed, changed);
}

// The Workflow API's switch changes every row's badge and tooltip.
void WorkflowListModel::onSettingsChanged()
{
    m_shown = m_session->document()->snapshot();
    if (rowCount() > 0)
        emit dataChanged(index(0), index(rowCount() - 1), {Qt::DecorationRole, Qt::ToolTipRole});
}

void WorkflowListModel::onReset()
{
    beginResetModel();
    m_shown = m_session->document()->snapshot();
    endResetModel();
}

} // namespace gatehouse
