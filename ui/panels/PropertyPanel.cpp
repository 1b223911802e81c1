#include "PropertyPanel.h"

#include "ActionPropertiesPanel.h"
#include "EditorSelection.h"
#include "WorkflowPropertiesPanel.h"
#include "model/Diagnostic.h"

#include <QLabel>
#include <QLayout>
#include <QScrollArea>
#include <QVBoxLayout>

namespace gatehouse {

namespace {
QScrollArea *scrolled(QWidget *content)
{
    // The forms keep their natural height; the space below stays empty.
    auto *page = new QWidget;
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    // Top-aligned at its own height: a form given spare height spreads it
    // between its rows, which floats fields away from their labels.
    layout->addWidget(content, 0, Qt::AlignTop);
    layout->addStretch(1);
    auto *area = new QScrollArea;
    area->setWidget(page);
    area->setWidgetResizable(true);
    area->setFrameShape(QFrame::NoFrame);
    area->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    return area;
}
} // namespace

PropertyPanel::PropertyPanel(EditorSession *session, EditorSelection *selection, QWidget *parent)
    : QStackedWidget(parent), m_workflowPanel(new WorkflowPropertiesPanel(session)),
      m_actionPanel(new ActionPropertiesPanel(session)),
      m_empty(new QLabel(tr("Select a workflow or a step to see its properties.")))
{
    static_cast<QLabel *>(m_empty)->setAlignment(Qt::AlignCenter);
    static_cast<QLabel *>(m_empty)->setWordWrap(true);
    m_empty->setEnabled(false);
    addWidget(m_empty);
    addWidget(scrolled(m_workflowPanel));
    addWidget(scrolled(m_actionPanel));
    connect(selection, &EditorSelection::changed, this, &PropertyPanel::showSelection);
    showSelection(selection->workflow(), selection->action());
}

void PropertyPanel::focusFirstField()
{
    QWidget *page = currentWidget();
    // The focus chain runs in the order the form was built: the first field
    // on it that takes Tab is the first field of the form.
    for (QWidget *next = page->nextInFocusChain(); next && next != page;
         next = next->nextInFocusChain()) {
        if (!page->isAncestorOf(next) || qobject_cast<QScrollArea *>(next))
            continue;
        if ((next->focusPolicy() & Qt::TabFocus) && next->isEnabled() && next->isVisibleTo(page)) {
            next->setFocus(Qt::ShortcutFocusReason);
            return;
        }
    }
    setFocus(Qt::ShortcutFocusReason);
}

void PropertyPanel::showProblem(const Diagnostic &diagnostic)
{
    QWidget *field = nullptr;
    if (currentIndex() == 1)
        field = m_workflowPanel->showProblem(diagnostic);
    else if (currentIndex() == 2)
        field = m_actionPanel->showProblem(diagnostic);
    auto *area = qobject_cast<QScrollArea *>(currentWidget());
    if (!field || !area)
        return;
    if (QLayout *layout = area->widget()->layout())
        layout->activate(); // a page just shown has no geometry yet
    field->setFocus(Qt::OtherFocusReason);
    area->ensureWidgetVisible(field);
}

void PropertyPanel::showSelection(int workflow, int action)
{
    if (workflow < 0) {
        setCurrentIndex(0);
    } else if (action < 0) {
        m_workflowPanel->setWorkflow(workflow);
        setCurrentIndex(1);
    } else {
        m_actionPanel->setAction(workflow, action);
        setCurrentIndex(2);
    }
}

} // namespace gatehouse
