#pragma once

#include <QStackedWidget>

namespace gatehouse {

class ActionPropertiesPanel;
class EditorSelection;
class EditorSession;
class WorkflowPropertiesPanel;
struct Diagnostic;

// The right panel: the properties of whatever is selected, a workflow or
// one of its steps.
class PropertyPanel : public QStackedWidget
{
    Q_OBJECT

public:
    PropertyPanel(EditorSession *session, EditorSelection *selection, QWidget *parent = nullptr);

    WorkflowPropertiesPanel *workflowPanel() const { return m_workflowPanel; }
    ActionPropertiesPanel *actionPanel() const { return m_actionPanel; }
    // Puts the keyboard in the first field of what is shown (Ctrl+3).
    void focusFirstField();
    // Shows a problem of what is selected: its message under the title, and
    // the keyboard in its field, scrolled into view.
    void showProblem(const Diagnostic &diagnostic);

private:
    void showSelection(int workflow, int action);

    WorkflowPropertiesPanel *m_workflowPanel;
    ActionPropertiesPanel *m_actionPanel;
    QWidget *m_empty;
};

} // namespace gatehouse
