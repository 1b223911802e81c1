#pragma once

#include "commands/CommandIds.h"
#include "model/Workflow.h"

#include <QWidget>

#include <functional>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTableView;

namespace gatehouse {

class EditorSession;
class ExpressionEdit;
struct Diagnostic;
class ParameterTableModel;

// The properties of one workflow, as Bubble's API workflow panel lays them
// out. Every change pushes a command; the fields follow the document.
class WorkflowPropertiesPanel : public QWidget
{
    Q_OBJECT

public:
    explicit WorkflowPropertiesPanel(EditorSession *session, QWidget *parent = nullptr);

    void setWorkflow(int index);
    void addParameter();
    void removeParameter();
    // Shows the problem's message and returns the field it is about.
    QWidget *showProblem(const Diagnostic &diagnostic);
    QLabel *problemLabel() const { return m_problem; }

    QLineEdit *nameEdit() const { return m_name; }
    QCheckBox *exposedCheck() const { return m_exposed; }
    QComboBox *authenticationCombo() const { return m_authentication; }
    QCheckBox *ignorePrivacyCheck() const { return m_ignorePrivacy; }
    QComboBox *methodCombo() const { return m_method; }
    QTableView *parameterTable() const { return m_parameterTable; }
    ExpressionEdit *conditionEdit() const { return m_condition; }
    QPushButton *detectDataButton() const { return m_detectData; }

signals:
    // "Detect data…" was pressed for the workflow of that name.
    void detectDataRequested(const QString &workflow);

private:
    void buildForm();
    QWidget *buildParameters();
    void refresh();
    void refreshDetectData(const Workflow &current);
    void commitName();
    const Workflow *workflow() const;
    QString workflowName() const;
    // Pushes a command that edits the current workflow with `edit`; a run of
    // edits with the same `fieldKey` merges into one undo step.
    void pushEdit(const QString &text, const std::function<void(Workflow &)> &edit,
                  const QString &fieldKey = {});

    EditorSession *m_session;
    int m_workflow = -1;
    bool m_refreshing = false;
    QLabel *m_title;
    QLabel *m_problem;
    QLineEdit *m_name;
    QLabel *m_nameError;
    QPlainTextEdit *m_description;
    QCheckBox *m_exposed;
    QLabel *m_authenticationLabel;
    QComboBox *m_authentication;
    QCheckBox *m_ignorePrivacy;
    QComboBox *m_method;
    QComboBox *m_source;
    ParameterTableModel *m_parameters;
    QTableView *m_parameterTable;
    QPushButton *m_detectData;
    QCheckBox *m_return200;
    ExpressionEdit *m_condition;
};

} // namespace gatehouse
