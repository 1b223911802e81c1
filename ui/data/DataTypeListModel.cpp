#include "DataTypeListModel.h"

#include "EditorSession.h"
#include "commands/RenameEverywhere.h"

namespace gatehouse {

DataTypeListModel::DataTypeListModel(EditorSession *session, QObject *parent)
    : QAbstractListModel(parent), m_session(session)
{
    ProjectDocument *document = session->document();
    m_rows = int(document->project().dataTypes.size());
    // A document signal comes after the change, so the model counts its rows
    // itself to tell views the count before and after.
    connect(document, &ProjectDocument::dataTypeInserted, this, [this](int row) {
        beginInsertRows({}, row, row);
        ++m_rows;
        endInsertRows();
    });
    connect(document, &ProjectDocument::dataTypeRemoved, this, [this](int row) {
        beginRemoveRows({}, row, row);
        --m_rows;
        endRemoveRows();
    });
    connect(document, &ProjectDocument::dataTypeChanged, this,
            [this](int row) { emit dataChanged(index(row), index(row)); });
    connect(document, &ProjectDocument::projectReset, this, [this] {
        beginResetModel();
        m_rows = int(m_session->document()->project().dataTypes.size());
        endResetModel();
    });
}

int DataTypeListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_rows;
}

QVariant DataTypeListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const DataType &type = m_session->document()->project().dataTypes.at(index.row());
    if (role == Qt::DisplayRole || role == Qt::EditRole)
        return type.name;
    if (role == Qt::ToolTipRole)
        return type.isUser() ? tr("Built in: every app has users") : tr("Double-click to rename");
    return {};
}

Qt::ItemFlags DataTypeListModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags flags = QAbstractListModel::flags(index);
    if (index.isValid() && !m_session->document()->project().dataTypes.at(index.row()).isUser())
        flags |= Qt::ItemIsEditable;
    return flags;
}

bool DataTypeListModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !(flags(index) & Qt::ItemIsEditable))
        return false;
    const QString oldName = m_session->document()->project().dataTypes.at(index.row()).name;
    const QString newName = value.toString().trimmed();
    if (newName == oldName)
        return false;
    return m_session->push(RenameEverywhere::type(m_session->document(), oldName, newName)).ok();
}

} // namespace gatehouse
