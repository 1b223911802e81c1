#include "FieldTableModel.h"

#include "EditorSession.h"
#include "commands/ChangeDataType.h"
#include "commands/RenameEverywhere.h"
#include "models/ParameterTableModel.h"

#include <QFont>

namespace gatehouse {

namespace {

const QList<FieldKind> plainKinds{FieldKind::Text, FieldKind::Number, FieldKind::YesNo,
                                  FieldKind::Date, FieldKind::File};

bool isUserBuiltIn(const DataType &type, const QString &fieldName)
{
    if (!type.isUser())
        return false;
    const QList<Field> fields = DataType::builtInUserFields();
    return std::any_of(fields.cbegin(), fields.cend(),
                       [&](const Field &f) { return f.name == fieldName; });
}

} // namespace

FieldTableModel::FieldTableModel(EditorSession *session, QObject *parent)
    : QAbstractTableModel(parent), m_session(session)
{
    ProjectDocument *document = session->document();
    connect(document, &ProjectDocument::dataTypeChanged, this, &FieldTableModel::onTypeChanged);
    connect(document, &ProjectDocument::dataTypeRemoved, this, [this](int removed) {
        if (removed == m_type)
            setTypeIndex(-1);
        else if (removed < m_type)
            --m_type;
    });
    connect(document, &ProjectDocument::dataTypeInserted, this, [this](int inserted) {
        if (inserted <= m_type)
            ++m_type;
    });
    connect(document, &ProjectDocument::projectReset, this, [this] { setTypeIndex(m_type); });
}

const DataType *FieldTableModel::currentType() const
{
    const auto &types = m_session->document()->project().dataTypes;
    return m_type >= 0 && m_type < types.size() ? &types.at(m_type) : nullptr;
}

void FieldTableModel::setTypeIndex(int typeIndex)
{
    beginResetModel();
    const auto &types = m_session->document()->project().dataTypes;
    m_type = typeIndex >= 0 && typeIndex < types.size() ? typeIndex : -1;
    const DataType *type = currentType();
    m_rows = type ? builtInCount() + int(type->fields.size()) : 0;
    endResetModel();
}

void FieldTableModel::onTypeChanged(int typeIndex)
{
    if (typeIndex != m_type)
        return;
    const int rows = builtInCount() + int(currentType()->fields.size());
    if (rows > m_rows) {
        beginInsertRows({}, m_rows, rows - 1);
        m_rows = rows;
        endInsertRows();
    } else if (rows < m_rows) {
        // A delete may take any row; the rows after it move up.
        beginResetModel();
        m_rows = rows;
        endResetModel();
        return;
    }
    if (m_rows > 0)
        emit dataChanged(index(0, 0), index(m_rows - 1, ColumnCount - 1));
}

int FieldTableModel::builtInCount() const
{
    return currentType() ? int(DataType::builtInFieldNames().size()) : 0;
}

int FieldTableModel::fieldIndexOfRow(int row) const
{
    return row >= builtInCount() && row < m_rows ? row - builtInCount() : -1;
}

Field FieldTableModel::fieldOfRow(int row) const
{
    const int fieldIndex = fieldIndexOfRow(row);
    if (fieldIndex >= 0)
        return currentType()->fields.at(fieldIndex);
    const QString name = DataType::builtInFieldNames().at(row);
    return Field{name, DataType::builtInFieldType(name).value_or(FieldType::text())};
}

int FieldTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_rows;
}

int FieldTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QStringList FieldTableModel::typeOptions() const
{
    QStringList options;
    for (FieldKind kind : plainKinds)
        options.append(ParameterTableModel::typeLabel(FieldType{kind, {}, false}));
    for (const DataType &type : m_session->document()->project().dataTypes)
        options.append(type.name);
    return options;
}

QVariant FieldTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Field field = fieldOfRow(index.row());
    const bool readOnly = !(flags(index.siblingAtColumn(NameColumn)) & Qt::ItemIsEditable);
    switch (role) {
    case ParameterTableModel::TypeOptionsRole:
        return typeOptions();
    case Qt::CheckStateRole:
        if (index.column() == ListColumn)
            return field.type.isList ? Qt::Checked : Qt::Unchecked;
        return {};
    case Qt::FontRole:
        if (readOnly) {
            QFont font;
            font.setItalic(true);
            return font;
        }
        return {};
    case Qt::ToolTipRole:
        return readOnly ? tr("Built in: every %1 has it").arg(currentType()->name) : QVariant();
    case Qt::DisplayRole:
    case Qt::EditRole:
        if (index.column() == NameColumn)
            return field.name;
        if (index.column() == TypeColumn)
            return ParameterTableModel::typeLabel(field.type);
        return {};
    default:
        return {};
    }
}

QVariant FieldTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Field");
    case TypeColumn:
        return tr("Type");
    case ListColumn:
        return tr("List");
    default:
        return {};
    }
}

Qt::ItemFlags FieldTableModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags flags = QAbstractTableModel::flags(index);
    const int fieldIndex = fieldIndexOfRow(index.row());
    if (!index.isValid() || fieldIndex < 0 ||
        isUserBuiltIn(*currentType(), currentType()->fields.at(fieldIndex).name))
        return flags;
    return flags | (index.column() == ListColumn ? Qt::ItemIsUserCheckable : Qt::ItemIsEditable);
}

bool FieldTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    const Qt::ItemFlags editable = flags(index) & (Qt::ItemIsEditable | Qt::ItemIsUserCheckable);
    if (!editable)
        return false;
    const int fieldIndex = fieldIndexOfRow(index.row());
    const Field field = currentType()->fields.at(fieldIndex);
    if (index.column() == NameColumn && role == Qt::EditRole) {
        const QString newName = value.toString().trimmed();
        return newName != field.name &&
               m_session
                   ->push(RenameEverywhere::field(m_session->document(), currentType()->name,
                                                  field.name, newName))
                   .ok();
    }
    if (index.column() == TypeColumn && role == Qt::EditRole)
        return setFieldType(field, fieldIndex, value.toString(), field.type.isList);
    if (index.column() == ListColumn && role == Qt::CheckStateRole)
        return setFieldType(field, fieldIndex, ParameterTableModel::typeLabel(field.type),
                            value.toInt() == Qt::Checked);
    return false;
}

bool FieldTableModel::setFieldType(const Field &field, int fieldIndex, const QString &label,
                                   bool isList)
{
    const int option = int(typeOptions().indexOf(label));
    if (option < 0)
        return false;
    const FieldType type = option < plainKinds.size()
                               ? FieldType{plainKinds.at(option), {}, isList}
                               : FieldType{FieldKind::Reference, label, isList};
    if (type == field.type)
        return false;
    DataType edited = *currentType();
    edited.fields[fieldIndex].type = type;
    const QString text =
        tr("Make field %1 of %2 %3").arg(field.name, edited.name, type.displayName());
    return m_session->push(new ChangeDataType(m_session->document(), m_type, edited, text)).ok();
}

} // namespace gatehouse
