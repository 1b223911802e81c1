#pragma once

#include <QRectF>

class QPainter;
class QPalette;

namespace gatehouse {

// The small red disc with "!" that marks a workflow, a card or a row with
// problems, in the error red StatusColors makes readable on the palette.
class ProblemMarker
{
public:
    static constexpr qreal size = 16;

    static void paint(QPainter &painter, const QRectF &rect, const QPalette &palette);
    // The marker's square at the top right corner inside `area`.
    static QRectF cornerOf(const QRectF &area, qreal inset = 6);
};

} // namespace gatehouse
