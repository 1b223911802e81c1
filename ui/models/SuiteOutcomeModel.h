#pragma once

#include "server/SuiteOutcome.h"

#include <QAbstractTableModel>
#include <QList>

namespace gatehouse {

// A suite run's pass/fail table, read-only: one row a saved request, with
// what it expected, what came back, as whom, the trace's deciding step and
// why it failed. It only shows what the SuiteRunner judged.
class SuiteOutcomeModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        ResultColumn,
        NameColumn,
        GotColumn,
        ExpectedColumn,
        DecidingColumn,
        PrincipalColumn,
        WhyColumn,
        ColumnCount
    };

    explicit SuiteOutcomeModel(QObject *parent = nullptr);

    void clear();
    void append(const SuiteOutcome &outcome);
    const QList<SuiteOutcome> &outcomes() const { return m_outcomes; }
    int failedCount() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QString text(const SuiteOutcome &outcome, int column) const;

    QList<SuiteOutcome> m_outcomes;
};

} // namespace gatehouse
