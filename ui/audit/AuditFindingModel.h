#pragma once

#include "audit/Finding.h"

#include <QAbstractTableModel>

namespace gatehouse {

class ProjectAudit;

// The audit's findings, one a row, worst first as the audit orders them:
// severity, check, what was found, the setting in words, and whether a
// reviewer accepted it. It follows ProjectAudit::changed with a reset; the
// panel keeps the selection by key() across one.
class AuditFindingModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        SeverityColumn,
        CheckColumn,
        MessageColumn,
        SettingColumn,
        AcceptedColumn,
        ColumnCount
    };
    // The audit::Severity of the row's finding, as an int.
    static constexpr int SeverityRole = Qt::UserRole + 1;

    explicit AuditFindingModel(ProjectAudit *audit, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    const audit::Finding &finding(int row) const { return m_findings.at(row); }
    // A finding's identity across runs: its check, its setting and its message.
    static QString key(const audit::Finding &finding);
    // The row of the finding with that key, or -1.
    int rowOf(const QString &key) const;

private:
    QVariant display(const audit::Finding &finding, int column) const;
    QString toolTip(const audit::Finding &finding) const;

    ProjectAudit *m_audit;
    QList<audit::Finding> m_findings;
};

} // namespace gatehouse
