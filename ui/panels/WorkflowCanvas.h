#pragma once

#include <QWidget>

class QAction;
class QMenu;
class QPainter;

namespace gatehouse {

class CanvasLayout;
class EditorSelection;
class EditorSession;
struct Workflow;

// The middle of the editor: the selected workflow drawn as Bubble draws it,
// the event card with its endpoint and access badge, the numbered steps, and
// a card to add a step. Click to select, drag a step to reorder it; arrows,
// Ctrl+arrows, Delete and Insert do the same from the keyboard.
class WorkflowCanvas : public QWidget
{
    Q_OBJECT

public:
    WorkflowCanvas(EditorSession *session, EditorSelection *selection, QWidget *parent = nullptr);

    QMenu *addActionMenu() const { return m_addMenu; }
    // "Test this workflow", in the event card's context menu.
    QAction *testWorkflowAction() const { return m_test; }
    void addStep(int kindIndex);
    void deleteSelectedStep();
    void moveSelectedStep(int delta);
    // The rectangle of the event card (-1), a step, or the add card (step
    // count), in widget coordinates; for tests and screenshots.
    QRect cardRect(int card) const;

    QSize sizeHint() const override;
    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override;

signals:
    // "Test this workflow": the Request panel, prefilled from it.
    void testWorkflowRequested(const QString &workflow);

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void leaveEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    const Workflow *workflow() const;
    int stepCount() const;
    CanvasLayout layout() const;
    void refresh();
    void openAddMenu();
    void paintEmpty(QPainter &painter);
    void paintProblemMarkers(QPainter &painter, const CanvasLayout &cards) const;

    EditorSession *m_session;
    EditorSelection *m_selection;
    QMenu *m_addMenu;
    QAction *m_test;
    QPoint m_pressPosition;
    int m_pressedStep = -2;
    bool m_dragging = false;
    int m_dropIndex = -1;
    bool m_hoverAdd = false;
};

} // namespace gatehouse
