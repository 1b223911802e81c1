#include "AssignmentTableModel.h"

#include "EditorSession.h"
#include "commands/ActionEdits.h"
#include "commands/ChangeWorkflow.h"
#include "commands/UndoText.h"

#include <QApplication>
#include <QIcon>
#include <QStyle>

namespace gatehouse {

AssignmentTableModel::AssignmentTableModel(EditorSession *session, QObject *parent)
    : QAbstractTableModel(parent), m_session(session)
{
    ProjectDocument *document = session->document();
    connect(document, &ProjectDocument::workflowChanged, this, &AssignmentTableModel::follow);
    connect(document, &ProjectDocument::projectReset, this, [this] { follow(-1); });
    connect(document, &ProjectDocument::workflowRemoved, this, [this] { follow(-1); });
    connect(document, &ProjectDocument::workflowInserted, this, [this] { follow(-1); });
    connect(document, &ProjectDocument::workflowMoved, this, [this] { follow(-1); });
}

const Action *AssignmentTableModel::currentAction() const
{
    return ActionEdits::find(m_session->document()->project(), m_workflow, m_action);
}

bool AssignmentTableModel::hasFixedKeys() const
{
    const Action *action = currentAction();
    return action && !action->info().freeAssignments;
}

ExpressionChecker::Context AssignmentTableModel::valueContext(int row) const
{
    std::shared_ptr<const Project> snapshot = m_session->document()->snapshot();
    const Project *project = snapshot.get();
    return {project,
            m_workflow,
            m_action,
            ExpressionChecker::Place::AssignmentValue,
            index(row, KeyColumn).data().toString(),
            std::move(snapshot)};
}

QString AssignmentTableModel::messageFor(int row) const
{
    const QString value = index(row, ValueColumn).data(Qt::EditRole).toString();
    const Diagnostics diagnostics = ExpressionChecker::check(value, valueContext(row));
    return diagnostics.isEmpty() ? QString() : diagnostics.first().message;
}

int AssignmentTableModel::rowsFor(const Action *action) const
{
    if (!action)
        return 0;
    return int(action->info().freeAssignments ? action->assignments.size()
                                              : action->info().fixedKeys.size());
}

void AssignmentTableModel::setAction(int workflowIndex, int actionIndex)
{
    beginResetModel();
    m_workflow = workflowIndex;
    m_action = actionIndex;
    m_rowCount = rowsFor(currentAction());
    endResetModel();
}

void AssignmentTableModel::follow(int changedWorkflow)
{
    if (changedWorkflow >= 0 && changedWorkflow != m_workflow)
        return;
    if (changedWorkflow == m_workflow && rowsFor(currentAction()) == m_rowCount) {
        if (m_rowCount > 0)
            emit dataChanged(index(0, 0), index(m_rowCount - 1, ColumnCount - 1));
        return;
    }
    setAction(m_workflow, m_action);
}

int AssignmentTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_rowCount;
}

int AssignmentTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AssignmentTableModel::data(const QModelIndex &index, int role) const
{
    const Action *action = currentAction();
    if (!action || !checkIndex(index, CheckIndexOption::IndexIsValid) ||
        index.row() >= rowsFor(action))
        return {};
    if (role == KeyChoicesRole)
        return index.column() == KeyColumn ? keyChoices() : QVariantList();
    if (role == MessageRole || role == Qt::ToolTipRole || role == Qt::DecorationRole) {
        if (index.column() != ValueColumn)
            return {};
        // A value that does not check is marked in the table, not only while edited.
        const QString message = messageFor(index.row());
        if (role == Qt::DecorationRole)
            return message.isEmpty() ? QVariant()
                                     : QVariant(QApplication::style()->standardIcon(
                                           QStyle::SP_MessageBoxWarning));
        return role == MessageRole || !message.isEmpty() ? QVariant(message) : QVariant();
    }
    if (role != Qt::DisplayRole && role != Qt::EditRole)
        return {};
    if (!action->info().freeAssignments) {
        const QString key = action->info().fixedKeys.at(index.row());
        return index.column() == KeyColumn ? key : action->assignmentValue(key);
    }
    const Assignment &assignment = action->assignments.at(index.row());
    return index.column() == KeyColumn ? assignment.key : assignment.value;
}

QVariantList AssignmentTableModel::keyChoices() const
{
    const Action *action = currentAction();
    QVariantList choices;
    if (!action || !action->info().freeAssignments)
        return choices;
    const Project &project = m_session->document()->project();
    const bool setsFields = action->kind == ActionKind::CreateThing ||
                            action->kind == ActionKind::MakeChanges ||
                            action->kind == ActionKind::MakeChangesToList;
    if (const DataType *type = project.findDataType(action->dataType); setsFields && type) {
        for (const Field &field : type->fields)
            choices.append(QStringList{field.name, field.type.displayName()});
    }
    const Workflow *scheduled = project.findWorkflow(action->workflow);
    if (action->kind == ActionKind::ScheduleWorkflow && scheduled) {
        for (const Parameter &parameter : scheduled->parameters)
            choices.append(QStringList{parameter.key, parameter.type.displayName()});
    }
    return choices;
}

QVariant AssignmentTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    return section == KeyColumn ? tr("Key") : tr("Value");
}

Qt::ItemFlags AssignmentTableModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags flags = QAbstractTableModel::flags(index);
    if (index.isValid() && (index.column() == ValueColumn || !hasFixedKeys()))
        flags |= Qt::ItemIsEditable;
    return flags;
}

QList<Assignment> AssignmentTableModel::editedAssignments(const Action &action, int row, int column,
                                                          const QString &text) const
{
    QList<Assignment> assignments = action.assignments;
    if (action.info().freeAssignments) {
        (column == KeyColumn ? assignments[row].key : assignments[row].value) = text;
        return assignments;
    }
    const QString key = action.info().fixedKeys.at(row);
    const auto found = std::find_if(assignments.begin(), assignments.end(),
                                    [&](const Assignment &a) { return a.key == key; });
    if (found == assignments.end() && !text.isEmpty())
        assignments.append({key, text});
    else if (found != assignments.end() && text.isEmpty())
        assignments.erase(found);
    else if (found != assignments.end())
        found->value = text;
    return assignments;
}

bool AssignmentTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    const Action *action = currentAction();
    if (!action || role != Qt::EditRole || !checkIndex(index, CheckIndexOption::IndexIsValid))
        return false;
    Workflow edited = m_session->document()->project().workflows.at(m_workflow);
    Action &target = edited.actions[m_action];
    target.assignments =
        editedAssignments(*action, index.row(), index.column(), value.toString().trimmed());
    if (target.assignments == action->assignments)
        return false;
    const QString key = index.sibling(index.row(), KeyColumn).data().toString();
    const QString step = UndoText::step(edited.name, m_action);
    const QString text =
        index.column() == KeyColumn
            ? tr("Rename %1's value %2 to %3").arg(step, key, value.toString().trimmed())
            : UndoText::set(step, tr("value %1").arg(key), UndoText::value(value.toString()));
    auto *command = new ChangeWorkflow(m_session->document(), m_workflow, edited, text);
    return m_session->push(command->aboutStep(m_action)).ok();
}

} // namespace gatehouse
