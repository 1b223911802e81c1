#include "DataTypeListModel.h"

#include "BadgeIcons.h"
#include "EditorSession.h"
#include "commands/RenameEverywhere.h"
#include "engine/OperationTable.h"

using namespace Qt::Literals::StringLiterals;

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
    // The Data API's list of types is a setting: every tooltip may change.
    connect(document, &ProjectDocument::settingsChanged, this, [this] {
        if (m_rows > 0)
            emit dataChanged(index(0), index(m_rows - 1), {Qt::ToolTipRole});
    });
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
    const bool everyoneFinds = OperationTable::overType(type, OperationTable::Operation::List) ==
                               OperationTable::Reach::Everywhere;
    if (role == Qt::DecorationRole)
        return everyoneFinds ? BadgeIcons::publicTypeIcon() : QVariant();
    if (role == Qt::ToolTipRole)
        return toolTip(type, everyoneFinds);
    return {};
}

QString DataTypeListModel::toolTip(const DataType &type, bool everyoneFinds) const
{
    QString tip =
        type.isUser() ? tr("Built in: every app has users") : tr("Double-click to rename");
    if (!everyoneFinds)
        return tip;
    tip += u"\n"_s + tr("Public: every caller, anonymous included, finds every %1 in searches "
                        "(Bubble's default for a type nobody made private). Make it private "
                        "with a privacy rule and everyone else set to nothing.")
                         .arg(type.name);
    if (m_session->document()->project().settings.dataApiTypes.contains(type.name))
        tip += u" "_s + tr("The Data API exposes it: anyone lists it with GET /obj/%1.")
                            .arg(type.name.toLower());
    return tip;
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
