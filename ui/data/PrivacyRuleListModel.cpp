#include "PrivacyRuleListModel.h"

#include "model/ProjectDocument.h"

#include <QApplication>
#include <QFont>
#include <QStyle>

using namespace Qt::Literals::StringLiterals;

namespace gatehouse {

PrivacyRuleListModel::PrivacyRuleListModel(ProjectDocument *document, QObject *parent)
    : QAbstractListModel(parent), m_document(document)
{
    connect(document, &ProjectDocument::dataTypeChanged, this, &PrivacyRuleListModel::follow);
    connect(document, &ProjectDocument::projectReset, this, [this] { setTypeIndex(m_type); });
    connect(document, &ProjectDocument::dataTypeRemoved, this, [this](int removed) {
        setTypeIndex(removed == m_type ? -1 : m_type - (removed < m_type ? 1 : 0));
    });
    connect(document, &ProjectDocument::dataTypeInserted, this, [this](int inserted) {
        if (inserted <= m_type)
            setTypeIndex(m_type + 1);
    });
}

const DataType *PrivacyRuleListModel::type() const
{
    const auto &types = m_document->project().dataTypes;
    return m_type >= 0 && m_type < types.size() ? &types.at(m_type) : nullptr;
}

int PrivacyRuleListModel::countRows() const
{
    const DataType *current = type();
    return current ? int(current->privacyRules.size()) + 1 : 0;
}

void PrivacyRuleListModel::setTypeIndex(int index)
{
    beginResetModel();
    m_type = index;
    m_rows = countRows();
    m_ruleWarnings.clear();
    m_everyoneElseWarnings.clear();
    endResetModel();
}

// A change that keeps the number of rules keeps the rows (and a view's
// selection); one that adds or removes a rule resets.
void PrivacyRuleListModel::follow(int changedType)
{
    if (changedType != m_type)
        return;
    if (countRows() != m_rows) {
        beginResetModel();
        m_rows = countRows();
        endResetModel();
    } else if (m_rows > 0) {
        emit dataChanged(index(0), index(m_rows - 1));
    }
}

int PrivacyRuleListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_rows;
}

int PrivacyRuleListModel::ruleOfRow(int row) const
{
    return row >= 0 && row < m_rows - 1 ? row : -1;
}

QStringList PrivacyRuleListModel::warningsOfRow(int row) const
{
    if (row == everyoneElseRow())
        return m_everyoneElseWarnings;
    const DataType *current = type();
    const int rule = ruleOfRow(row);
    return current && rule >= 0 ? m_ruleWarnings.value(current->privacyRules.at(rule).name)
                                : QStringList();
}

QVariant PrivacyRuleListModel::data(const QModelIndex &index, int role) const
{
    const DataType *current = type();
    if (!current || !checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const int rule = ruleOfRow(index.row());
    const QStringList warnings = warningsOfRow(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return rule >= 0 ? current->privacyRules.at(rule).name : tr("Everyone else");
    case Qt::ToolTipRole: {
        QString tip = rule >= 0 ? tr("When %1").arg(current->privacyRules.at(rule).condition)
                                : tr("What a principal no rule matches gets");
        for (const QString &warning : warnings)
            tip += u"\n⚠ "_s + warning;
        return tip;
    }
    case Qt::DecorationRole:
        return warnings.isEmpty()
                   ? QVariant()
                   : QVariant(QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning));
    case Qt::FontRole:
        if (rule < 0) {
            QFont font;
            font.setItalic(true);
            return font;
        }
        return {};
    case IsEveryoneElseRole:
        return rule < 0;
    case WarningsRole:
        return warnings;
    default:
        return {};
    }
}

void PrivacyRuleListModel::setWarnings(const QHash<QString, QStringList> &byRule,
                                       const QStringList &everyoneElse)
{
    if (byRule == m_ruleWarnings && everyoneElse == m_everyoneElseWarnings)
        return;
    m_ruleWarnings = byRule;
    m_everyoneElseWarnings = everyoneElse;
    if (m_rows > 0)
        emit dataChanged(index(0), index(m_rows - 1),
                         {Qt::ToolTipRole, Qt::DecorationRole, WarningsRole});
}

} // namespace gatehouse
