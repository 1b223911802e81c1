#pragma once

#include "model/Workflow.h"

#include <QAbstractTableModel>

namespace gatehouse {

class EditorSession;

// The parameters of one workflow: key, type, list, optional. Each edit of a
// cell pushes one command; the rows follow the document.
class ParameterTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        KeyColumn,
        TypeColumn,
        ListColumn,
        OptionalColumn,
        ColumnCount
    };
    enum Role
    {
        TypeOptionsRole = Qt::UserRole + 1
    };

    explicit ParameterTableModel(EditorSession *session, QObject *parent = nullptr);

    void setWorkflow(int workflowIndex);
    int workflow() const { return m_workflow; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

    // The type choices: the plain kinds, then each data type by name.
    QStringList typeOptions() const;
    static QString typeLabel(const FieldType &type);

private:
    const Workflow *currentWorkflow() const;
    void follow(int changedWorkflow);
    bool applyEdit(int column, const QVariant &value, Parameter &parameter) const;

    EditorSession *m_session;
    int m_workflow = -1;
    int m_rowCount = 0;
};

} // namespace gatehouse
