#include "TracePipelineView.h"

#include "TraceStepButton.h"

#include <QLabel>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace gatehouse {

TracePipelineView::TracePipelineView(QWidget *parent)
    : QScrollArea(parent), m_column(new QVBoxLayout)
{
    setObjectName(u"tracePipeline"_s);
    setWidgetResizable(true);
    setFrameShape(QFrame::NoFrame);
    auto *content = new QWidget;
    content->setObjectName(u"tracePipelineSteps"_s);
    m_column->setContentsMargins(4, 4, 4, 4);
    m_column->setSpacing(0);
    m_column->addStretch(1);
    content->setLayout(m_column);
    setWidget(content);
    content->installEventFilter(this);
    setTrace({});
}

void TracePipelineView::setTrace(const Trace &trace)
{
    m_buttons.clear();
    while (m_column->count() > 1) { // all but the stretch
        QLayoutItem *item = m_column->takeAt(0);
        delete item->widget();
        delete item;
    }
    if (trace.steps().isEmpty()) {
        auto *empty = new QLabel(tr("No trace yet: send a request to see how it was decided."));
        empty->setWordWrap(true);
        empty->setEnabled(false);
        m_column->insertWidget(0, empty);
        return;
    }
    const QList<TracePipeline::Step> steps = TracePipeline::of(trace);
    for (int i = 0; i < steps.size(); ++i) {
        auto *button = new TraceStepButton(steps.at(i), i == steps.size() - 1);
        button->setObjectName(u"traceStep%1"_s.arg(i));
        connect(button, &QAbstractButton::clicked, this, [this, button] {
            if (!button->step().ref.isNone())
                emit stepActivated(button->step().ref, button->step().reason);
        });
        m_column->insertWidget(i, button);
        m_buttons.append(button);
    }
    fitHeights();
}

// The steps' column, resized with the viewport (narrower once the scroll
// bar shows).
bool TracePipelineView::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == widget() && event->type() == QEvent::Resize)
        fitHeights();
    return QScrollArea::eventFilter(watched, event);
}

void TracePipelineView::fitHeights()
{
    const QMargins margins = m_column->contentsMargins();
    const int width = widget()->width() - margins.left() - margins.right();
    for (TraceStepButton *button : std::as_const(m_buttons))
        button->setFixedHeight(button->heightForWidth(width));
}

TraceStepButton *TracePipelineView::refusedStep() const
{
    for (TraceStepButton *button : m_buttons) {
        if (button->step().state == TracePipeline::State::Refused)
            return button;
    }
    return nullptr;
}

} // namespace gatehouse
