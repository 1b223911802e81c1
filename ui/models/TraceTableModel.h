#pragma once

#include <QAbstractTableModel>
#include <QJsonArray>

namespace gatehouse {

// One request's trace, read-only: each step of the engine's pipeline with
// its verdict, the reason and what it was about, as Trace::toJson wrote it.
class TraceTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        StageColumn,
        VerdictColumn,
        ReasonColumn,
        SubjectColumn,
        ColumnCount
    };

    explicit TraceTableModel(QObject *parent = nullptr);

    void setTrace(const QJsonArray &trace);
    const QJsonArray &trace() const { return m_trace; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QJsonArray m_trace;
};

} // namespace gatehouse
