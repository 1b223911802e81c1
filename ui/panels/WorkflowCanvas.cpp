#include "WorkflowCanvas.h"

#include "ActionDefaults.h"
#include "CanvasLayout.h"
#include "CardPainter.h"
#include "EditorSelection.h"
#include "EditorSession.h"
#include "ProblemMarker.h"
#include "ProjectProblems.h"
#include "commands/AddAction.h"
#include "commands/MoveAction.h"
#include "commands/RemoveAction.h"

#include <QApplication>
#include <QContextMenuEvent>
#include <QKeyEvent>
#include <QMenu>
#include <QPainter>

using namespace Qt::Literals::StringLiterals;

namespace gatehouse {

WorkflowCanvas::WorkflowCanvas(EditorSession *session, EditorSelection *selection, QWidget *parent)
    : QWidget(parent), m_session(session), m_selection(selection),
      m_addMenu(new QMenu(tr("Add Action"), this)),
      m_test(new QAction(tr("Test this workflow"), this))
{
    m_test->setObjectName(u"canvasTestWorkflowAction"_s);
    connect(m_test, &QAction::triggered, this, [this] {
        if (const Workflow *shown = workflow())
            emit testWorkflowRequested(shown->name);
    });
    setObjectName(u"workflowCanvas"_s);
    setFocusPolicy(Qt::StrongFocus);
    setMouseTracking(true);
    setBackgroundRole(QPalette::Window);
    setAutoFillBackground(true);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    setToolTip(tr("Click a card to edit it; drag a step to reorder; Insert adds a step"));
    const auto &kinds = ActionKindInfo::all();
    for (int i = 0; i < kinds.size(); ++i) {
        QAction *action = m_addMenu->addAction(kinds.at(i).displayName);
        connect(action, &QAction::triggered, this, [this, i] { addStep(i); });
    }
    connect(session->document(), &ProjectDocument::changed, this, &WorkflowCanvas::refresh);
    connect(selection, &EditorSelection::changed, this, &WorkflowCanvas::refresh);
    connect(session->problems(), &ProjectProblems::changed, this, qOverload<>(&QWidget::update));
}

const Workflow *WorkflowCanvas::workflow() const
{
    const auto &workflows = m_session->document()->project().workflows;
    const int index = m_selection->workflow();
    return index >= 0 && index < workflows.size() ? &workflows.at(index) : nullptr;
}

int WorkflowCanvas::stepCount() const
{
    const Workflow *current = workflow();
    return current ? int(current->actions.size()) : 0;
}

CanvasLayout WorkflowCanvas::layout() const
{
    return CanvasLayout(stepCount(), width());
}

QRect WorkflowCanvas::cardRect(int card) const
{
    return layout().cards().value(card + 1).toAlignedRect();
}

QSize WorkflowCanvas::sizeHint() const
{
    return QSize(760, heightForWidth(760));
}

int WorkflowCanvas::heightForWidth(int width) const
{
    return int(CanvasLayout(stepCount(), width).height());
}

void WorkflowCanvas::refresh()
{
    updateGeometry();
    setMinimumHeight(heightForWidth(width()));
    update();
}

void WorkflowCanvas::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    setMinimumHeight(heightForWidth(width()));
}

void WorkflowCanvas::paintEmpty(QPainter &painter)
{
    painter.setPen(palette().color(QPalette::PlaceholderText));
    painter.drawText(rect(), Qt::AlignCenter,
                     tr("No workflow selected.\nAdd one with Workflow > Add Workflow."));
}

void WorkflowCanvas::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    const Workflow *current = workflow();
    if (!current) {
        paintEmpty(painter);
        return;
    }
    const CanvasLayout cards = layout();
    CardPainter card(painter, palette());
    for (int i = 0; i + 1 < cards.cards().size(); ++i)
        card.paintConnector(cards.cards().at(i), cards.cards().at(i + 1));
    card.paintEvent(cards.eventCard(), *current, m_selection->action() < 0);
    for (int step = 0; step < cards.stepCount(); ++step) {
        card.paintStep(cards.stepCard(step), step + 1, current->actions.at(step),
                       m_selection->action() == step, m_dragging && step == m_pressedStep);
    }
    paintProblemMarkers(painter, cards);
    card.paintAddCard(cards.addCard(), m_hoverAdd);
    if (m_dragging && m_dropIndex >= 0)
        card.paintDropMarker(cards.dropMarker(m_dropIndex));
}

void WorkflowCanvas::paintProblemMarkers(QPainter &painter, const CanvasLayout &cards) const
{
    const ProjectProblems *problems = m_session->problems();
    const int index = m_selection->workflow();
    // The event card stands for the whole workflow; each step for its own.
    if (problems->countIn(index) > 0)
        ProblemMarker::paint(painter, ProblemMarker::cornerOf(cards.eventCard()), palette());
    for (int step = 0; step < cards.stepCount(); ++step) {
        if (problems->countIn(index, step) > 0)
            ProblemMarker::paint(painter, ProblemMarker::cornerOf(cards.stepCard(step)), palette());
    }
}

void WorkflowCanvas::mousePressEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton || !workflow())
        return QWidget::mousePressEvent(event);
    const int hit = layout().hit(event->position());
    m_pressPosition = event->position().toPoint();
    m_pressedStep = hit >= 0 && hit < stepCount() ? hit : -2;
    if (hit == stepCount()) {
        openAddMenu();
        return;
    }
    if (hit >= -1)
        m_selection->select(m_selection->workflow(), hit);
}

void WorkflowCanvas::contextMenuEvent(QContextMenuEvent *event)
{
    if (!workflow() || layout().hit(event->pos()) != -1)
        return QWidget::contextMenuEvent(event);
    QMenu menu;
    menu.addAction(m_test);
    menu.exec(event->globalPos());
}

void WorkflowCanvas::mouseMoveEvent(QMouseEvent *event)
{
    const CanvasLayout cards = layout();
    const bool overAdd = workflow() && cards.hit(event->position()) == stepCount();
    if (overAdd != m_hoverAdd) {
        m_hoverAdd = overAdd;
        setCursor(overAdd ? Qt::PointingHandCursor : Qt::ArrowCursor);
        update();
    }
    if (!(event->buttons() & Qt::LeftButton) || m_pressedStep < 0)
        return;
    if (!m_dragging && (event->position().toPoint() - m_pressPosition).manhattanLength() <
                           QApplication::startDragDistance())
        return;
    m_dragging = true;
    m_dropIndex = cards.dropIndex(event->position());
    update();
}

void WorkflowCanvas::mouseReleaseEvent(QMouseEvent *event)
{
    if (m_dragging && event->button() == Qt::LeftButton) {
        const int from = m_pressedStep;
        const int to = m_dropIndex > from ? m_dropIndex - 1 : m_dropIndex;
        m_dragging = false;
        if (to != from && to >= 0) {
            const int workflowIndex = m_selection->workflow();
            if (m_session->push(new MoveAction(m_session->document(), workflowIndex, from, to)))
                m_selection->select(workflowIndex, to);
        }
        update();
    }
    m_pressedStep = -2;
}

void WorkflowCanvas::leaveEvent(QEvent *event)
{
    m_hoverAdd = false;
    update();
    QWidget::leaveEvent(event);
}

void WorkflowCanvas::keyPressEvent(QKeyEvent *event)
{
    const int current = m_selection->action();
    const bool control = event->modifiers() & Qt::ControlModifier;
    switch (event->key()) {
    case Qt::Key_Left:
    case Qt::Key_Right:
    case Qt::Key_Up:
    case Qt::Key_Down: {
        const bool back = event->key() == Qt::Key_Left || event->key() == Qt::Key_Up;
        const int delta = back ? -1 : 1;
        if (control)
            moveSelectedStep(delta);
        else
            m_selection->select(m_selection->workflow(),
                                qBound(-1, current + delta, stepCount() - 1));
        return;
    }
    case Qt::Key_Home:
        m_selection->select(m_selection->workflow(), -1);
        return;
    case Qt::Key_End:
        m_selection->select(m_selection->workflow(), stepCount() - 1);
        return;
    case Qt::Key_Delete:
        deleteSelectedStep();
        return;
    case Qt::Key_Insert:
        openAddMenu();
        return;
    default:
        QWidget::keyPressEvent(event);
    }
}

void WorkflowCanvas::openAddMenu()
{
    if (!workflow())
        return;
    m_addMenu->popup(mapToGlobal(layout().addCard().bottomLeft().toPoint()));
}

void WorkflowCanvas::addStep(int kindIndex)
{
    const int workflowIndex = m_selection->workflow();
    if (!workflow() || kindIndex < 0 || kindIndex >= ActionKindInfo::all().size())
        return;
    const Action action = ActionDefaults::make(ActionKindInfo::all().at(kindIndex).kind,
                                               m_session->document()->project(), workflowIndex);
    const int at = stepCount();
    if (m_session->push(new AddAction(m_session->document(), workflowIndex, at, action)))
        m_selection->select(workflowIndex, at);
}

void WorkflowCanvas::deleteSelectedStep()
{
    const int step = m_selection->action();
    // push() shows a failure itself (editFailed); nothing here depends on it.
    if (step >= 0)
        (void)m_session->push(
            new RemoveAction(m_session->document(), m_selection->workflow(), step));
}

void WorkflowCanvas::moveSelectedStep(int delta)
{
    const int from = m_selection->action();
    const int to = from + delta;
    if (from < 0 || to < 0 || to >= stepCount())
        return;
    const int workflowIndex = m_selection->workflow();
    if (m_session->push(new MoveAction(m_session->document(), workflowIndex, from, to)))
        m_selection->select(workflowIndex, to);
}

} // namespace gatehouse
