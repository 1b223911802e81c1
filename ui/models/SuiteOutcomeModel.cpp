#include "SuiteOutcomeModel.h"

#include "panels/StatusColors.h"

#include <QBrush>
#include <QGuiApplication>
#include <QPalette>
#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace gatehouse {

SuiteOutcomeModel::SuiteOutcomeModel(QObject *parent) : QAbstractTableModel(parent) {}

void SuiteOutcomeModel::clear()
{
    beginResetModel();
    m_outcomes.clear();
    endResetModel();
}

void SuiteOutcomeModel::append(const SuiteOutcome &outcome)
{
    const int row = int(m_outcomes.size());
    beginInsertRows({}, row, row);
    m_outcomes.append(outcome);
    endInsertRows();
}

int SuiteOutcomeModel::failedCount() const
{
    return int(std::count_if(m_outcomes.begin(), m_outcomes.end(),
                             [](const SuiteOutcome &o) { return !o.passed(); }));
}

int SuiteOutcomeModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_outcomes.size());
}

int SuiteOutcomeModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString SuiteOutcomeModel::text(const SuiteOutcome &outcome, int column) const
{
    switch (column) {
    case ResultColumn:
        return outcome.passed() ? tr("pass") : tr("fail");
    case NameColumn:
        return outcome.name;
    case PrincipalColumn:
        return outcome.principal;
    case ExpectedColumn:
        return QString::number(outcome.expectedStatus);
    case GotColumn:
        return outcome.status == 0 ? tr("no answer") : QString::number(outcome.status);
    case DecidingColumn:
        return outcome.decidingStep;
    case WhyColumn:
        return outcome.why;
    default:
        return {};
    }
}

QVariant SuiteOutcomeModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const SuiteOutcome &outcome = m_outcomes.at(index.row());
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole)
        return text(outcome, index.column());
    if (role == Qt::ForegroundRole && index.column() == ResultColumn)
        // Readable on the table, light palette or dark.
        return QBrush(StatusColors::readableOn(outcome.passed() ? QColor(0x2e, 0x7d, 0x32)
                                                                : QColor(0xc6, 0x28, 0x28),
                                               QGuiApplication::palette().color(QPalette::Base)));
    return {};
}

QVariant SuiteOutcomeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case ResultColumn:
        return tr("Result");
    case NameColumn:
        return tr("Request");
    case PrincipalColumn:
        return tr("As");
    case ExpectedColumn:
        return tr("Expected");
    case GotColumn:
        return tr("Got");
    case DecidingColumn:
        return tr("Deciding step");
    case WhyColumn:
        return tr("Why it failed");
    default:
        return {};
    }
}

} // namespace gatehouse
