#include "ProblemsModel.h"

#include "ProjectProblems.h"

#include <QApplication>
#include <QIcon>
#include <QStyle>

using namespace Qt::Literals::StringLiterals;

namespace gatehouse {

ProblemsModel::ProblemsModel(ProjectProblems *problems, QObject *parent)
    : QAbstractTableModel(parent), m_problems(problems), m_shown(problems->all())
{
    connect(problems, &ProjectProblems::changed, this, [this] {
        beginResetModel();
        m_shown = m_problems->all();
        endResetModel();
    });
}

QString ProblemsModel::placeInWords(const Diagnostic &diagnostic)
{
    QString place = diagnostic.location;
    if (diagnostic.position >= 0)
        place += tr(", at character %1").arg(diagnostic.position + 1);
    return place;
}

int ProblemsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_shown.size());
}

int ProblemsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ProblemsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Diagnostic &d = m_shown.at(index.row());
    const QString message = d.help.isEmpty() ? d.message : u"%1 (%2)"_s.arg(d.message, d.help);
    switch (role) {
    case Qt::DisplayRole:
        return index.column() == MessageColumn ? message : placeInWords(d);
    case Qt::ToolTipRole:
        return d.toString();
    case Qt::DecorationRole:
        if (index.column() != MessageColumn)
            return {};
        return QApplication::style()->standardIcon(d.isError() ? QStyle::SP_MessageBoxCritical
                                                               : QStyle::SP_MessageBoxWarning);
    case Qt::AccessibleTextRole:
        return (d.isError() ? tr("Error: ") : tr("Warning: ")) + message;
    default:
        return {};
    }
}

QVariant ProblemsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    return section == MessageColumn ? tr("Problem") : tr("Where");
}

} // namespace gatehouse
