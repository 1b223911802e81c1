#include "AuditFindingModel.h"

#include "BadgeIcons.h"
#include "ProjectAudit.h"

using namespace Qt::Literals::StringLiterals;

namespace gatehouse {

AuditFindingModel::AuditFindingModel(ProjectAudit *audit, QObject *parent)
    : QAbstractTableModel(parent), m_audit(audit), m_findings(audit->findings())
{
    connect(audit, &ProjectAudit::changed, this, [this] {
        beginResetModel();
        m_findings = m_audit->findings();
        endResetModel();
    });
}

int AuditFindingModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_findings.size());
}

int AuditFindingModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString AuditFindingModel::key(const audit::Finding &finding)
{
    return finding.checkId + u'\n' + finding.location.path() + u'\n' + finding.message;
}

int AuditFindingModel::rowOf(const QString &key) const
{
    for (int row = 0; row < m_findings.size(); ++row) {
        if (AuditFindingModel::key(m_findings.at(row)) == key)
            return row;
    }
    return -1;
}

QVariant AuditFindingModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const audit::Finding &f = m_findings.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return display(f, index.column());
    case Qt::ToolTipRole:
        return toolTip(f);
    case Qt::DecorationRole:
        if (index.column() == SeverityColumn)
            return BadgeIcons::severityIcon(f.severity, f.isAccepted());
        return {};
    case SeverityRole:
        return int(f.severity);
    default:
        return {};
    }
}

QVariant AuditFindingModel::display(const audit::Finding &f, int column) const
{
    switch (column) {
    case SeverityColumn:
        return audit::severityId(f.severity);
    case CheckColumn:
        return f.checkId;
    case MessageColumn:
        return f.message;
    case SettingColumn:
        return f.location.describe();
    case AcceptedColumn:
        return f.isAccepted() ? tr("accepted: %1").arg(*f.acceptedReason) : QString();
    default:
        return {};
    }
}

QString AuditFindingModel::toolTip(const audit::Finding &f) const
{
    QString tip = f.message;
    if (const audit::CheckInfo *info = m_audit->report().check(f.checkId))
        tip = u"%1 (%2)\n%3"_s.arg(info->title, f.checkId, f.message);
    if (f.fix)
        tip += u'\n' + tr("Fix: %1").arg(f.fix->describe());
    if (f.isAccepted())
        tip += u'\n' + tr("Accepted: %1").arg(*f.acceptedReason);
    return tip;
}

QVariant AuditFindingModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case SeverityColumn:
        return tr("Severity");
    case CheckColumn:
        return tr("Check");
    case MessageColumn:
        return tr("Finding");
    case SettingColumn:
        return tr("Setting");
    case AcceptedColumn:
        return tr("Accepted");
    default:
        return {};
    }
}

} // namespace gatehouse
