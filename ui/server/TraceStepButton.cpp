#include "TraceStepButton.h"

#include "panels/StatusColors.h"

#include <QKeyEvent>
#include <QPainter>
#include <QPainterPath>
#include <QStyle>
#include <QStyleOptionFocusRect>

namespace gatehouse {

namespace {
constexpr int kMarker = 14; // the circle's diameter
constexpr int kGutter = 30; // the marker's column
constexpr int kPad = 6;
constexpr int kReasonLines = 2;
constexpr int kFlags = Qt::TextWordWrap | Qt::AlignLeft | Qt::AlignTop;
} // namespace

TraceStepButton::TraceStepButton(const TracePipeline::Step &step, bool last, QWidget *parent)
    : QAbstractButton(parent), m_step(step), m_last(last)
{
    setFocusPolicy(Qt::StrongFocus);
    setCursor(step.ref.isNone() ? Qt::ArrowCursor : Qt::PointingHandCursor);
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    setText(heading() + u'\n' + step.reason);
    setAccessibleName(heading());
    setAccessibleDescription(step.reason);
    setToolTip(step.ref.isNone()
                   ? step.reason
                   : tr("%1\nClick to select the setting that decided it").arg(step.reason));
}

QString TraceStepButton::heading() const
{
    return tr("%1: %2").arg(m_step.title, TracePipeline::stateText(m_step.state));
}

QColor TraceStepButton::stateColor() const
{
    switch (m_step.state) {
    case TracePipeline::State::Passed:
        return StatusColors::success(palette());
    case TracePipeline::State::Refused:
        return StatusColors::error(palette());
    default:
        return palette().color(QPalette::PlaceholderText);
    }
}

// The heading, then the reason wrapped on up to kReasonLines lines (all of
// it in the tooltip and the Trace Table).
QRect TraceStepButton::textRect(int width) const
{
    QFont bold = font();
    bold.setBold(true);
    const int inner = qMax(40, width - kGutter - 2 * kPad);
    const QRect body = fontMetrics().boundingRect(QRect(0, 0, inner, 1000), kFlags, m_step.reason);
    const int lines = qMin(kReasonLines, qMax(1, body.height() / fontMetrics().lineSpacing()));
    return QRect(kGutter + kPad, kPad, inner,
                 QFontMetrics(bold).lineSpacing() + lines * fontMetrics().lineSpacing() + 2);
}

int TraceStepButton::heightForWidth(int width) const
{
    return textRect(width).height() + 2 * kPad;
}

QSize TraceStepButton::sizeHint() const
{
    const int width = qMax(320, this->width());
    return {width, heightForWidth(width)};
}

QSize TraceStepButton::minimumSizeHint() const
{
    return {160, heightForWidth(160)};
}

void TraceStepButton::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QPalette &pal = palette();
    if (underMouse() || hasFocus())
        painter.fillRect(rect(), pal.color(QPalette::AlternateBase));
    const QColor color = stateColor();
    const int cx = kGutter / 2;
    // The line that joins the stages into one pipeline.
    painter.setPen(QPen(pal.color(QPalette::Mid), 2));
    painter.drawLine(cx, 0, cx, m_last ? kPad + kMarker / 2 : height());
    const QRectF marker(cx - kMarker / 2.0, kPad + 2, kMarker, kMarker);
    painter.setPen(QPen(color, 2));
    painter.setBrush(m_step.state == TracePipeline::State::NotReached ? pal.color(QPalette::Base)
                                                                      : color);
    painter.drawEllipse(marker);
    const QRect text = textRect(width());
    QFont bold = font();
    bold.setBold(true);
    painter.setFont(bold);
    painter.setPen(m_step.state == TracePipeline::State::NotReached
                       ? pal.color(QPalette::PlaceholderText)
                       : color);
    const QRect head = painter.boundingRect(text, kFlags, heading());
    painter.drawText(text, kFlags, heading());
    painter.setFont(font());
    painter.setPen(pal.color(m_step.state == TracePipeline::State::NotReached
                                 ? QPalette::PlaceholderText
                                 : QPalette::WindowText));
    const QRect reason = text.adjusted(0, head.height() + 2, 0, 0);
    painter.save();
    painter.setClipRect(reason);
    painter.drawText(reason, kFlags, m_step.reason);
    painter.restore();
    if (hasFocus()) {
        QStyleOptionFocusRect focus;
        focus.initFrom(this);
        focus.rect = rect().adjusted(1, 1, -1, -1);
        style()->drawPrimitive(QStyle::PE_FrameFocusRect, &focus, &painter, this);
    }
}

void TraceStepButton::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) {
        click();
        return;
    }
    if (event->key() == Qt::Key_Down || event->key() == Qt::Key_Up) {
        // Up and down the pipeline, whatever the window's tab order.
        const auto steps =
            parentWidget()->findChildren<TraceStepButton *>(Qt::FindDirectChildrenOnly);
        const qsizetype next = steps.indexOf(this) + (event->key() == Qt::Key_Down ? 1 : -1);
        if (next >= 0 && next < steps.size())
            steps.at(next)->setFocus(Qt::TabFocusReason);
        return;
    }
    QAbstractButton::keyPressEvent(event);
}

} // namespace gatehouse
