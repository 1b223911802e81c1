#include "ParameterTableModel.h"

#include "EditorSession.h"
#include "commands/ChangeWorkflow.h"
#include "commands/UndoText.h"

namespace gatehouse {

namespace {
const QList<FieldKind> plainKinds{FieldKind::Text, FieldKind::Number, FieldKind::YesNo,
                                  FieldKind::Date, FieldKind::File};
}

ParameterTableModel::ParameterTableModel(EditorSession *session, QObject *parent)
    : QAbstractTableModel(parent), m_session(session)
{
    ProjectDocument *document = session->document();
    connect(document, &ProjectDocument::workflowChanged, this, &ParameterTableModel::follow);
    connect(document, &ProjectDocument::projectReset, this, [this] { follow(-1); });
    connect(document, &ProjectDocument::workflowRemoved, this, [this] { follow(-1); });
    connect(document, &ProjectDocument::workflowInserted, this, [this] { follow(-1); });
    connect(document, &ProjectDocument::workflowMoved, this, [this] { follow(-1); });
}

const Workflow *ParameterTableModel::currentWorkflow() const
{
    const auto &workflows = m_session->document()->project().workflows;
    if (m_workflow < 0 || m_workflow >= workflows.size())
        return nullptr;
    return &workflows.at(m_workflow);
}

void ParameterTableModel::setWorkflow(int workflowIndex)
{
    beginResetModel();
    m_workflow = workflowIndex;
    const Workflow *workflow = currentWorkflow();
    m_rowCount = workflow ? int(workflow->parameters.size()) : 0;
    endResetModel();
}

void ParameterTableModel::follow(int changedWorkflow)
{
    const Workflow *workflow = currentWorkflow();
    const int rows = workflow ? int(workflow->parameters.size()) : 0;
    if (changedWorkflow >= 0 && changedWorkflow != m_workflow)
        return;
    if (changedWorkflow == m_workflow && rows == m_rowCount) {
        if (rows > 0)
            emit dataChanged(index(0, 0), index(rows - 1, ColumnCount - 1));
        return;
    }
    setWorkflow(m_workflow);
}

int ParameterTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_rowCount;
}

int ParameterTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ParameterTableModel::typeLabel(const FieldType &type)
{
    return FieldType{type.kind, type.referencedType, false}.displayName();
}

QStringList ParameterTableModel::typeOptions() const
{
    QStringList options;
    for (FieldKind kind : plainKinds)
        options.append(typeLabel(FieldType{kind, {}, false}));
    for (const DataType &type : m_session->document()->project().dataTypes)
        options.append(type.name);
    return options;
}

QVariant ParameterTableModel::data(const QModelIndex &index, int role) const
{
    const Workflow *workflow = currentWorkflow();
    if (!workflow || !checkIndex(index, CheckIndexOption::IndexIsValid) ||
        index.row() >= workflow->parameters.size())
        return {};
    const Parameter &parameter = workflow->parameters.at(index.row());
    const int column = index.column();
    if (role == TypeOptionsRole)
        return typeOptions();
    if (role == Qt::CheckStateRole && column == ListColumn)
        return parameter.type.isList ? Qt::Checked : Qt::Unchecked;
    if (role == Qt::CheckStateRole && column == OptionalColumn)
        return parameter.optional ? Qt::Checked : Qt::Unchecked;
    if (role != Qt::DisplayRole && role != Qt::EditRole)
        return {};
    if (column == KeyColumn)
        return parameter.key;
    if (column == TypeColumn)
        return typeLabel(parameter.type);
    return {};
}

QVariant ParameterTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case KeyColumn:
        return tr("Key");
    case TypeColumn:
        return tr("Type");
    case ListColumn:
        return tr("List");
    case OptionalColumn:
        return tr("Optional");
    }
    return {};
}

Qt::ItemFlags ParameterTableModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags flags = QAbstractTableModel::flags(index);
    if (!index.isValid())
        return flags;
    if (index.column() == ListColumn || index.column() == OptionalColumn)
        return flags | Qt::ItemIsUserCheckable;
    return flags | Qt::ItemIsEditable;
}

bool ParameterTableModel::applyEdit(int column, const QVariant &value, Parameter &parameter) const
{
    if (column == KeyColumn) {
        parameter.key = value.toString().trimmed();
        return true;
    }
    if (column == ListColumn || column == OptionalColumn) {
        const bool checked = value.toInt() == Qt::Checked;
        (column == ListColumn ? parameter.type.isList : parameter.optional) = checked;
        return true;
    }
    const int option = int(typeOptions().indexOf(value.toString()));
    if (option < 0)
        return false;
    const bool isList = parameter.type.isList;
    parameter.type = option < plainKinds.size()
                         ? FieldType{plainKinds.at(option), {}, isList}
                         : FieldType{FieldKind::Reference, value.toString(), isList};
    return true;
}

bool ParameterTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    const Workflow *workflow = currentWorkflow();
    if (!workflow || !checkIndex(index, CheckIndexOption::IndexIsValid))
        return false;
    const bool checkColumn = index.column() == ListColumn || index.column() == OptionalColumn;
    if (role != (checkColumn ? Qt::CheckStateRole : Qt::EditRole))
        return false;
    Workflow edited = *workflow;
    if (!applyEdit(index.column(), value, edited.parameters[index.row()]) || edited == *workflow)
        return false;
    const QString owner =
        tr("%1 parameter %2").arg(workflow->name, workflow->parameters.at(index.row()).key);
    const QString what =
        headerData(index.column(), Qt::Horizontal, Qt::DisplayRole).toString().toLower();
    const QString shown = checkColumn ? (value.toInt() == Qt::Checked ? tr("on") : tr("off"))
                                      : UndoText::value(value.toString());
    return m_session
        ->push(new ChangeWorkflow(m_session->document(), m_workflow, edited,
                                  UndoText::set(owner, what, shown)))
        .ok();
}

} // namespace gatehouse
