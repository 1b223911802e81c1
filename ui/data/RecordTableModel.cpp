#include "RecordTableModel.h"

#include "EditorSession.h"
#include "RecordCellValues.h"
#include "RecordLabels.h"
#include "UserEmails.h"
#include "commands/ChangeRecord.h"
#include "commands/UndoText.h"
#include "model/RecordValidator.h"

using namespace Qt::Literals::StringLiterals;

namespace gatehouse {

RecordTableModel::RecordTableModel(EditorSession *session, QObject *parent)
    : QAbstractTableModel(parent), m_session(session)
{
    ProjectDocument *document = session->document();
    connect(document, &ProjectDocument::recordInserted, this, &RecordTableModel::onInserted);
    connect(document, &ProjectDocument::recordRemoved, this, &RecordTableModel::onRemoved);
    connect(document, &ProjectDocument::recordChanged, this, &RecordTableModel::onChanged);
    // The live view keeps its copy of the types in step with the document's.
    connect(document, &ProjectDocument::dataTypeChanged, this, [this](int changed) {
        syncLiveDefinitions();
        if (changed == m_type)
            setTypeIndex(m_type); // the columns themselves may have changed
    });
    connect(document, &ProjectDocument::dataTypeRemoved, this, [this](int removed) {
        syncLiveDefinitions();
        if (removed == m_type)
            setTypeIndex(-1);
        else if (removed < m_type)
            --m_type;
    });
    connect(document, &ProjectDocument::dataTypeInserted, this, [this](int inserted) {
        syncLiveDefinitions();
        if (inserted <= m_type)
            ++m_type;
    });
    connect(document, &ProjectDocument::projectReset, this, [this] { setTypeIndex(m_type); });
}

const Project &RecordTableModel::project() const
{
    return m_live ? *m_live : m_session->document()->project();
}

const DataType *RecordTableModel::currentType() const
{
    const auto &types = project().dataTypes;
    return m_type >= 0 && m_type < types.size() ? &types.at(m_type) : nullptr;
}

void RecordTableModel::setTypeIndex(int typeIndex)
{
    beginResetModel();
    syncLiveDefinitions();
    const auto &types = project().dataTypes;
    m_type = typeIndex >= 0 && typeIndex < types.size() ? typeIndex : -1;
    rebuild();
    endResetModel();
}

void RecordTableModel::rebuild()
{
    const DataType *type = currentType();
    m_columns = RecordColumns(type ? type->fields : QList<Field>());
    m_records = rowsOfType();
}

QList<int> RecordTableModel::rowsOfType() const
{
    QList<int> rows;
    const DataType *type = currentType();
    const auto &records = project().records;
    for (int i = 0; type && i < records.size(); ++i) {
        if (records.at(i).type == type->name)
            rows.append(i);
    }
    return rows;
}

// The live view shows the document's types and fields over the live records.
void RecordTableModel::syncLiveDefinitions()
{
    if (!m_live)
        return;
    QList<Record> records = std::move(m_live->records);
    m_live = m_session->document()->project();
    m_live->records = std::move(records);
}

void RecordTableModel::showLive(const QList<Record> &records)
{
    auto idsOf = [](const Project &project, const QList<int> &rows) {
        QStringList ids;
        for (int row : rows)
            ids.append(project.records.at(row).id);
        return ids;
    };
    const bool wasLive = isLive();
    const QStringList before = idsOf(project(), m_records);
    Project live = m_session->document()->project();
    live.records = records;
    if (wasLive) {
        std::swap(*m_live, live);
        if (idsOf(*m_live, rowsOfType()) == before) {
            m_records = rowsOfType();
            if (!m_records.isEmpty())
                emit dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
            return;
        }
        std::swap(*m_live, live);
    }
    beginResetModel();
    m_live = std::move(live);
    rebuild();
    endResetModel();
}

void RecordTableModel::showTestData()
{
    if (!m_live)
        return;
    beginResetModel();
    m_live.reset();
    rebuild();
    endResetModel();
}

QString RecordTableModel::recordIdAt(int recordIndex) const
{
    return project().records.value(recordIndex).id;
}

int RecordTableModel::rowOfRecordId(const QString &id) const
{
    for (int row = 0; row < m_records.size(); ++row) {
        if (recordOfRow(row).id == id)
            return row;
    }
    return -1;
}

void RecordTableModel::onInserted(int recordIndex)
{
    if (m_live)
        return; // the live view follows the file, not the document
    for (int &index : m_records) {
        if (index >= recordIndex)
            ++index;
    }
    const DataType *type = currentType();
    const Record &record = m_session->document()->project().records.at(recordIndex);
    if (!type || record.type != type->name)
        return;
    const int row = int(std::count_if(m_records.cbegin(), m_records.cend(),
                                      [&](int index) { return index < recordIndex; }));
    beginInsertRows({}, row, row);
    m_records.insert(row, recordIndex);
    endInsertRows();
}

void RecordTableModel::onRemoved(int recordIndex)
{
    if (m_live)
        return;
    const int row = rowOfRecord(recordIndex);
    if (row >= 0) {
        beginRemoveRows({}, row, row);
        m_records.removeAt(row);
        endRemoveRows();
    }
    for (int &index : m_records) {
        if (index > recordIndex)
            --index;
    }
}

void RecordTableModel::onChanged(int recordIndex)
{
    if (m_live || m_records.isEmpty())
        return;
    const int row = rowOfRecord(recordIndex);
    // Another type's record may be the label a reference cell shows.
    const int first = row >= 0 ? row : 0;
    const int last = row >= 0 ? row : int(m_records.size()) - 1;
    emit dataChanged(index(first, 0), index(last, columnCount() - 1));
}

RecordTableModel::ColumnKind RecordTableModel::columnKind(int column) const
{
    return m_columns.kind(column);
}

int RecordTableModel::columnOfField(const QString &fieldName) const
{
    return m_columns.ofField(fieldName);
}

const Record &RecordTableModel::recordOfRow(int row) const
{
    return project().records.at(m_records.at(row));
}

int RecordTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_records.size());
}

int RecordTableModel::columnCount(const QModelIndex &parent) const
{
    if (parent.isValid() || !currentType())
        return 0;
    return m_columns.count(currentType()->isUser());
}

QVariant RecordTableModel::choices(int column, int role) const
{
    const FieldType type = m_columns.typeOf(column);
    if (type.kind != FieldKind::Reference)
        return {};
    QStringList out{QString()}; // "none" first
    const auto pairs = RecordLabels::choices(project(), type.referencedType);
    for (const auto &[label, id] : pairs)
        out.append(role == ChoiceLabelsRole ? label : id);
    return out;
}

QVariant RecordTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Record &record = recordOfRow(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return m_columns.display(project(), record, index.column());
    case Qt::EditRole:
        return m_columns.edit(record, index.column());
    case SortRole:
        return m_columns.sort(project(), record, index.column());
    case ChoiceLabelsRole:
    case ChoiceIdsRole:
        return choices(index.column(), role);
    case IsListRole:
        return m_columns.typeOf(index.column()).isList;
    case Qt::ToolTipRole:
        return columnKind(index.column()) == ColumnKind::Password
                   ? tr("Passwords are kept only as a hash: use Set password...")
                   : QVariant();
    default:
        return {};
    }
}

QVariant RecordTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 ||
        section >= columnCount())
        return QAbstractTableModel::headerData(section, orientation, role);
    return m_columns.header(section);
}

Qt::ItemFlags RecordTableModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags flags = QAbstractTableModel::flags(index);
    if (!index.isValid() || m_live || columnKind(index.column()) == ColumnKind::Password)
        return flags; // the live data is the server's: read-only here
    return flags | Qt::ItemIsEditable;
}

bool RecordTableModel::refuse(const QString &problem)
{
    m_lastProblem = problem;
    emit problemChanged(problem);
    return false;
}

bool RecordTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !(flags(index) & Qt::ItemIsEditable))
        return false;
    const Project &project = this->project();
    const FieldType type = m_columns.typeOf(index.column());
    const QJsonValue json = RecordCellValues::toJson(type, value);
    const QString header = headerData(index.column(), Qt::Horizontal, Qt::DisplayRole).toString();
    if (const QString problem = RecordValidator::valueProblem(project, type, json);
        !problem.isEmpty())
        return refuse(tr("%1: %2").arg(header, problem));
    Record edited = recordOfRow(index.row());
    const ColumnKind kind = columnKind(index.column());
    if (kind == ColumnKind::CreatedDate) {
        if (json.isNull())
            return refuse(tr("Created Date: a record needs one"));
        edited.createdDate = RecordCellValues::date(json);
    } else if (kind == ColumnKind::CreatedBy) {
        edited.createdBy = json.toString();
    } else if (json.isNull()) {
        edited.values.remove(header);
    } else {
        edited.values.insert(header, json);
    }
    if (edited == recordOfRow(index.row()))
        return false;
    if (edited.type == DataType::userTypeName() && header == u"email"_s) {
        if (const QString problem = UserEmails::problem(project, edited); !problem.isEmpty())
            return refuse(problem);
    }
    edited.modifiedDate = QDateTime::currentDateTimeUtc();
    const QString text = UndoText::set(
        RecordLabels::label(recordOfRow(index.row()), currentType()), header,
        UndoText::value(m_columns.display(project, edited, index.column()).toString()));
    const Result<> pushed = m_session->push(
        new ChangeRecord(m_session->document(), m_records.at(index.row()), edited, text));
    if (!pushed)
        return refuse(pushed.error().message);
    m_lastProblem.clear();
    emit problemChanged({});
    return true;
}

} // namespace gatehouse
