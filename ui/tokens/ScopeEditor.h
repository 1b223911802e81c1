#pragma once

#include "model/Project.h"

#include <QWidget>

class QCheckBox;
class QListWidget;
class QTableWidget;

namespace gatehouse {

// A token's scopes as a reviewer picks them: all workflows or a checked
// list, a grid of data types by operation, private files yes or no. It
// starts with nothing granted.
class ScopeEditor : public QWidget
{
    Q_OBJECT

public:
    enum OperationColumn
    {
        FindColumn, // list and search: GET /obj/TYPE
        ViewColumn, // fetch one by its id: GET /obj/TYPE/ID
        CreateColumn,
        ModifyColumn,
        DeleteColumn,
        OperationCount
    };

    explicit ScopeEditor(const Project &project, QWidget *parent = nullptr);

    TokenScopes scopes() const;
    void setScopes(const TokenScopes &scopes);

    QCheckBox *allWorkflowsBox() const { return m_allWorkflows; }
    QListWidget *workflowList() const { return m_workflows; }
    QTableWidget *dataGrid() const { return m_data; }
    QCheckBox *fromWorkflowsBox() const { return m_fromWorkflows; }
    QCheckBox *privateFilesBox() const { return m_privateFiles; }
    // Checks or unchecks one workflow by name; false when there is none.
    bool setWorkflowChecked(const QString &name, bool checked);
    // Checks one operation of one data type by name.
    bool setOperationChecked(const QString &type, OperationColumn column, bool checked);

signals:
    void changed();

private:
    void updateEnabled();

    QCheckBox *m_allWorkflows;
    QListWidget *m_workflows;
    QCheckBox *m_fromWorkflows;
    QTableWidget *m_data;
    QCheckBox *m_privateFiles;
};

} // namespace gatehouse
