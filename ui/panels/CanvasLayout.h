#pragma once

#include <QList>
#include <QRectF>

namespace gatehouse {

// Where the canvas puts its cards: the event card, then one card per step,
// then the "add an action" card, one below the other.
class CanvasLayout
{
public:
    static constexpr qreal cardWidth = 236; // the narrowest a card gets
    static constexpr qreal maxCardWidth = 560;
    static constexpr qreal cardHeight = 132;
    static constexpr qreal gap = 30;
    static constexpr qreal margin = 20;

    CanvasLayout(int stepCount, qreal availableWidth);

    QRectF eventCard() const { return m_cards.first(); }
    QRectF stepCard(int step) const { return m_cards.at(step + 1); }
    QRectF addCard() const { return m_cards.last(); }
    int stepCount() const { return int(m_cards.size()) - 2; }
    // All cards in order: event, steps, add.
    const QList<QRectF> &cards() const { return m_cards; }
    qreal height() const;

    // -2 for nothing, -1 for the event card, a step's index, or stepCount()
    // for the add card.
    int hit(const QPointF &point) const;
    // The position a dragged step would take if dropped at `point`.
    int dropIndex(const QPointF &point) const;
    // Where to draw the marker for a drop before step `index`.
    QRectF dropMarker(int index) const;

private:
    QList<QRectF> m_cards;
};

} // namespace gatehouse
