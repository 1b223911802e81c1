#pragma once

#include <QAbstractListModel>
#include <QHash>
#include <QStringList>

namespace gatehouse {

class ProjectDocument;
struct DataType;

// One data type's privacy rules, a row each in the order they are kept,
// then "Everyone else" (the principals no rule matches) as the last row.
// A row with warnings shows a warning sign and lists them in its tooltip.
class PrivacyRuleListModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role
    {
        IsEveryoneElseRole = Qt::UserRole + 1,
        WarningsRole, // QStringList
    };

    explicit PrivacyRuleListModel(ProjectDocument *document, QObject *parent = nullptr);

    void setTypeIndex(int index);
    int typeIndex() const { return m_type; }
    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;

    // -1 for everyone else or no row.
    int ruleOfRow(int row) const;
    int everyoneElseRow() const { return m_rows - 1; }
    // Warnings in words, per rule name; `everyoneElse` for the last row.
    void setWarnings(const QHash<QString, QStringList> &byRule, const QStringList &everyoneElse);

private:
    const DataType *type() const;
    int countRows() const;
    void follow(int changedType);
    QStringList warningsOfRow(int row) const;

    ProjectDocument *m_document;
    int m_type = -1;
    int m_rows = 0;
    QHash<QString, QStringList> m_ruleWarnings;
    QStringList m_everyoneElseWarnings;
};

} // namespace gatehouse
