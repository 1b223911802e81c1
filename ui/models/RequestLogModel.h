#pragma once

#include "server/RequestLogEntry.h"

#include <QAbstractTableModel>
#include <QList>

namespace gatehouse {

// The request log as a table, oldest at the top and newest at the bottom,
// bounded like the log in the file: past `capacity` rows the oldest go, and
// are counted, so a flood says how much of it is out of sight. It shows only
// what a RequestLogEntry holds, already masked of secrets.
class RequestLogModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        TimeColumn,
        MethodColumn,
        PathColumn,
        StatusColumn,
        CallerColumn,
        DurationColumn,
        ColumnCount
    };

    explicit RequestLogModel(QObject *parent = nullptr);

    void setEntries(const QList<RequestLogEntry> &entries);
    void append(const RequestLogEntry &entry);
    const RequestLogEntry &entry(int row) const { return m_entries.at(row); }
    const QList<RequestLogEntry> &entries() const { return m_entries; }

    int capacity() const { return m_capacity; }
    // At least one; drops the oldest rows beyond it.
    void setCapacity(int capacity);
    // Rows dropped by the bound since the log was last loaded.
    qint64 droppedCount() const { return m_dropped; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

signals:
    void droppedCountChanged(qint64 dropped);

private:
    QVariant display(const RequestLogEntry &entry, int column) const;
    void trim();

    QList<RequestLogEntry> m_entries;
    int m_capacity = 1000;
    qint64 m_dropped = 0;
};

} // namespace gatehouse
