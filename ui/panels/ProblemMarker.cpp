#include "ProblemMarker.h"

#include "StatusColors.h"

#include <QPainter>
#include <QPalette>

namespace gatehouse {

void ProblemMarker::paint(QPainter &painter, const QRectF &rect, const QPalette &palette)
{
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    const QColor red = StatusColors::error(palette);
    painter.setPen(Qt::NoPen);
    painter.setBrush(red);
    painter.drawEllipse(rect);
    // White or black, whichever reads on the red.
    const QColor white(Qt::white);
    const QColor black(Qt::black);
    painter.setPen(
        StatusColors::contrast(red, white) >= StatusColors::contrast(red, black) ? white : black);
    QFont font = painter.font();
    font.setBold(true);
    font.setPixelSize(int(rect.height() * 0.75));
    painter.setFont(font);
    painter.drawText(rect, Qt::AlignCenter, QStringLiteral("!"));
    painter.restore();
}

QRectF ProblemMarker::cornerOf(const QRectF &area, qreal inset)
{
    return QRectF(area.right() - inset - size, area.top() + inset, size, size);
}

} // namespace gatehouse
