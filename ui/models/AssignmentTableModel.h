#pragma once

#include "model/Workflow.h"
#include "panels/ExpressionChecker.h"

#include <QAbstractTableModel>

namespace gatehouse {

class EditorSession;

// The keys and value expressions of one step. For a kind with fixed keys
// (log in, send email) the rows are those keys and an empty value leaves the
// key out; otherwise the builder chooses the keys.
class AssignmentTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        KeyColumn,
        ValueColumn,
        ColumnCount
    };
    enum Role
    {
        // The checker's message on a value, empty when it is fine.
        MessageRole = Qt::UserRole + 1,
        // On a key: the keys it may take, each a list of name and type
        // ("amount", "number"), when they come from the step's data type or
        // scheduled workflow; empty when the builder names the keys.
        KeyChoicesRole
    };

    explicit AssignmentTableModel(EditorSession *session, QObject *parent = nullptr);

    void setAction(int workflowIndex, int actionIndex);
    bool hasFixedKeys() const;
    // Where the value in `row` sits, for checking and completing it.
    ExpressionChecker::Context valueContext(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

private:
    const Action *currentAction() const;
    int rowsFor(const Action *action) const;
    void follow(int changedWorkflow);
    QString messageFor(int row) const;
    QVariantList keyChoices() const;
    QList<Assignment> editedAssignments(const Action &action, int row, int column,
                                        const QString &text) const;

    EditorSession *m_session;
    int m_workflow = -1;
    int m_action = -1;
    int m_rowCount = 0;
};

} // namespace gatehouse
