#pragma once

#include <QWidget>

class QAction;
class QLineEdit;
class QListView;
class QSortFilterProxyModel;

namespace gatehouse {

class EditorSelection;
class EditorSession;
class WorkflowListModel;

// The left panel: the workflows, filtered as you type, with add, duplicate,
// delete, inline rename (F2) and drag to reorder.
class WorkflowListPanel : public QWidget
{
    Q_OBJECT

public:
    WorkflowListPanel(EditorSession *session, EditorSelection *selection,
                      QWidget *parent = nullptr);

    QAction *addWorkflowAction() const { return m_add; }
    QAction *duplicateWorkflowAction() const { return m_duplicate; }
    QAction *deleteWorkflowAction() const { return m_delete; }
    QAction *renameWorkflowAction() const { return m_rename; }
    QAction *testWorkflowAction() const { return m_test; }
    QListView *view() const { return m_view; }
    QLineEdit *filterEdit() const { return m_filter; }
    WorkflowListModel *model() const { return m_model; }

    void addWorkflow();
    void duplicateWorkflow();
    void deleteWorkflow();
    void renameWorkflow();

signals:
    // "Test this workflow": the Request panel, prefilled from it.
    void testWorkflowRequested(const QString &workflow);

private:
    void createActions();
    void showSelection();
    void onCurrentChanged();
    void updateActions();
    QString uniqueName(const QString &base) const;

    EditorSession *m_session;
    EditorSelection *m_selection;
    WorkflowListModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QLineEdit *m_filter;
    QListView *m_view;
    QAction *m_add = nullptr;
    QAction *m_duplicate = nullptr;
    QAction *m_delete = nullptr;
    QAction *m_rename = nullptr;
    QAction *m_test = nullptr;
};

} // namespace gatehouse
