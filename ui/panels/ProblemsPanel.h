#pragma once

#include "model/Diagnostic.h"

#include <QWidget>

class QTreeView;

namespace gatehouse {

class ProblemsModel;
class ProjectProblems;

// Every problem of the open project, one a row; a click (or Enter) on one
// asks to show it where it sits (problemActivated), which the main window
// wires to the selection and the property panel.
class ProblemsPanel : public QWidget
{
    Q_OBJECT

public:
    explicit ProblemsPanel(ProjectProblems *problems, QWidget *parent = nullptr);

    QTreeView *view() const { return m_view; }
    ProblemsModel *model() const { return m_model; }

signals:
    void problemActivated(const gatehouse::Diagnostic &diagnostic);

private:
    ProblemsModel *m_model;
    QTreeView *m_view;
};

} // namespace gatehouse
