#include "CanvasLayout.h"

#include <QLineF>

namespace gatehouse {

CanvasLayout::CanvasLayout(int stepCount, qreal availableWidth)
{
    // One column, as Bubble draws a workflow: the cards as wide as the
    // canvas allows (up to maxCardWidth), centred.
    const qreal width = qBound(cardWidth, availableWidth - 2 * margin, maxCardWidth);
    const qreal left = qMax(margin, (availableWidth - width) / 2);
    const int total = stepCount + 2;
    for (int i = 0; i < total; ++i)
        m_cards.append(QRectF(left, margin + i * (cardHeight + gap), width, cardHeight));
}

qreal CanvasLayout::height() const
{
    return m_cards.last().bottom() + margin;
}

int CanvasLayout::hit(const QPointF &point) const
{
    for (int i = 0; i < m_cards.size(); ++i) {
        if (m_cards.at(i).contains(point))
            return i - 1;
    }
    return -2;
}

int CanvasLayout::dropIndex(const QPointF &point) const
{
    int best = 0;
    qreal bestDistance = 1e12;
    for (int step = 0; step < stepCount(); ++step) {
        const QRectF card = stepCard(step);
        const qreal distance = QLineF(point, card.center()).length();
        if (distance < bestDistance) {
            bestDistance = distance;
            best = point.y() > card.center().y() ? step + 1 : step;
        }
    }
    return qBound(0, best, stepCount());
}

QRectF CanvasLayout::dropMarker(int index) const
{
    const QRectF before = m_cards.at(index + 1); // the card the step lands in front of
    return QRectF(before.left(), before.top() - gap / 2 - 2, before.width(), 4);
}

} // namespace gatehouse
