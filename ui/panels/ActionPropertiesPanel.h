#pragma once

#include "model/Workflow.h"

#include <QWidget>

#include <functional>

class QComboBox;
class QLabel;
class QPushButton;
class QTableView;

namespace gatehouse {

class AssignmentTableModel;
class EditorSession;
class ExpressionEdit;
struct Diagnostic;

// The properties of one step, by its kind (ActionKindInfo): a data type, a
// target, a workflow to schedule, its keys and values, its own "only when".
class ActionPropertiesPanel : public QWidget
{
    Q_OBJECT

public:
    explicit ActionPropertiesPanel(EditorSession *session, QWidget *parent = nullptr);

    void setAction(int workflowIndex, int actionIndex);
    ExpressionEdit *conditionEdit() const { return m_condition; }
    QComboBox *dataTypeCombo() const { return m_dataType; }
    QTableView *assignmentTable() const { return m_assignmentTable; }
    // Shows the problem's message and returns the field it is about.
    QWidget *showProblem(const Diagnostic &diagnostic);
    QLabel *problemLabel() const { return m_problem; }

private:
    void buildForm();
    void refresh();
    const Action *action() const;
    QString stepName() const;
    void pushEdit(const QString &text, const std::function<void(Action &)> &edit,
                  const QString &fieldKey = {});
    void addAssignment();
    void removeAssignment();

    EditorSession *m_session;
    int m_workflow = -1;
    int m_action = -1;
    bool m_refreshing = false;
    QLabel *m_title;
    QLabel *m_problem;
    QLabel *m_dataTypeLabel;
    QComboBox *m_dataType;
    QLabel *m_targetLabel;
    ExpressionEdit *m_target;
    QLabel *m_workflowLabel;
    QComboBox *m_workflowCombo;
    AssignmentTableModel *m_assignments;
    QTableView *m_assignmentTable;
    QPushButton *m_addAssignment;
    QPushButton *m_removeAssignment;
    ExpressionEdit *m_condition;
};

} // namespace gatehouse
