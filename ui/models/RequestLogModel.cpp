#include "RequestLogModel.h"

#include "panels/StatusColors.h"

#include <QBrush>
#include <QColor>
#include <QGuiApplication>
#include <QPalette>

using namespace Qt::Literals::StringLiterals;

namespace gatehouse {

RequestLogModel::RequestLogModel(QObject *parent) : QAbstractTableModel(parent) {}

void RequestLogModel::setEntries(const QList<RequestLogEntry> &entries)
{
    beginResetModel();
    m_entries = entries;
    if (m_entries.size() > m_capacity)
        m_entries.remove(0, m_entries.size() - m_capacity);
    endResetModel();
    if (m_dropped != 0) {
        m_dropped = 0;
        emit droppedCountChanged(m_dropped);
    }
}

void RequestLogModel::append(const RequestLogEntry &entry)
{
    const int row = int(m_entries.size());
    beginInsertRows({}, row, row);
    m_entries.append(entry);
    endInsertRows();
    trim();
}

void RequestLogModel::setCapacity(int capacity)
{
    m_capacity = qMax(1, capacity);
    trim();
}

void RequestLogModel::trim()
{
    const int excess = int(m_entries.size()) - m_capacity;
    if (excess <= 0)
        return;
    beginRemoveRows({}, 0, excess - 1);
    m_entries.remove(0, excess);
    endRemoveRows();
    m_dropped += excess;
    emit droppedCountChanged(m_dropped);
}

int RequestLogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int RequestLogModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RequestLogModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_entries.size())
        return {};
    const RequestLogEntry &entry = m_entries.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return display(entry, index.column());
    case Qt::ToolTipRole:
        if (index.column() == TimeColumn)
            return entry.time.toLocalTime().toString(Qt::ISODateWithMs);
        if (index.column() == StatusColumn && !entry.handled && !entry.error.isEmpty())
            return tr("Answered by the HTTP layer: %1").arg(entry.error);
        if (index.column() == CallerColumn && entry.principal.isEmpty())
            return tr("Stopped before the caller was identified");
        return display(entry, index.column());
    case Qt::ForegroundRole:
        if (index.column() == StatusColumn && entry.status >= 400)
            return QBrush(StatusColors::readableOn(
                entry.status >= 500 ? QColor(0xd2, 0x3f, 0x4a) : QColor(0xc2, 0x5b, 0x00),
                QGuiApplication::palette().color(QPalette::Base)));
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == StatusColumn || index.column() == DurationColumn)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    default:
        return {};
    }
}

QVariant RequestLogModel::display(const RequestLogEntry &entry, int column) const
{
    switch (column) {
    case TimeColumn:
        return entry.time.toLocalTime().toString(u"HH:mm:ss"_s);
    case MethodColumn:
        return entry.method;
    case PathColumn:
        return entry.path;
    case StatusColumn:
        return entry.status;
    case CallerColumn:
        if (entry.simulated) // asked in the editor's process, no credential sent
            return tr("%1 (simulated)").arg(entry.principal);
        return entry.principal.isEmpty() ? tr("—") : entry.principal;
    case DurationColumn:
        return tr("%1 ms").arg(entry.durationMs);
    }
    return {};
}

QVariant RequestLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TimeColumn:
        return tr("Time");
    case MethodColumn:
        return tr("Method");
    case PathColumn:
        return tr("Path");
    case StatusColumn:
        return tr("Status");
    case CallerColumn:
        return tr("Caller");
    case DurationColumn:
        return tr("Duration");
    }
    return {};
}

} // namespace gatehouse
