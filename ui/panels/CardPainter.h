#pragma once

#include "model/Workflow.h"

#include <QPalette>
#include <QRectF>

class QPainter;

namespace gatehouse {

// Paints the canvas's cards with the widget's palette, so a dark system
// palette gives dark cards with light text.
class CardPainter
{
public:
    CardPainter(QPainter &painter, const QPalette &palette);

    void paintEvent(const QRectF &rect, const Workflow &workflow, bool selected);
    void paintStep(const QRectF &rect, int number, const Action &action, bool selected,
                   bool dimmed);
    void paintAddCard(const QRectF &rect, bool hovered);
    void paintConnector(const QRectF &from, const QRectF &to);
    void paintDropMarker(const QRectF &marker);

    static QString stepSummary(const Action &action);

private:
    void paintFrame(const QRectF &rect, bool selected);
    void paintBadge(const QRectF &rect, const Workflow &workflow);
    void paintCondition(const QRectF &rect, const QString &condition);
    QColor mutedText() const;

    QPainter &m_painter;
    QPalette m_palette;
};

} // namespace gatehouse
