#include "CanvasLayout.h"

#include <QLineF>

namespace gatehouse {

CanvasLayout::CanvasLayout(int stepCount, qreal availableWidth)
{
    const qreal usable = qMax(availableWidth - 2 * margin + gap, cardWidth + gap);
    const int perRow = qMax(1, int(usable / (cardWidth + gap)));
    // The cards widen to fill the row (up to maxCardWidth), so a narrow
    // canvas does not leave a strip of nothing at the right.
    const qreal width = qBound(cardWidth, usable / perRow - gap, maxCardWidth);
    const int total = stepCount + 2;
    for (int i = 0; i < total; ++i) {
        const int row = i / perRow;
        const int column = i % perRow;
        m_cards.append(QRectF(margin + column * (width + gap), margin + row * (cardHeight + gap),
                              width, cardHeight));
    }
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
            best = point.x() > card.center().x() ? step + 1 : step;
        }
    }
    return qBound(0, best, stepCount());
}

QRectF CanvasLayout::dropMarker(int index) const
{
    const QRectF before = m_cards.at(index + 1); // the card the step lands in front of
    return QRectF(before.left() - gap / 2 - 2, before.top(), 4, before.height());
}

} // namespace gatehouse
