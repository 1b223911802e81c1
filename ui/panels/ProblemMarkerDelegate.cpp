#include "ProblemMarkerDelegate.h"

#include "ProblemMarker.h"

#include <QPainter>

namespace gatehouse {

ProblemMarkerDelegate::ProblemMarkerDelegate(int countRole, QObject *parent)
    : QStyledItemDelegate(parent), m_countRole(countRole)
{
}

void ProblemMarkerDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                                  const QModelIndex &index) const
{
    QStyledItemDelegate::paint(painter, option, index);
    if (index.data(m_countRole).toInt() <= 0)
        return;
    const QRectF row = option.rect;
    const qreal side = qMin(ProblemMarker::size, row.height() - 2);
    const QRectF marker(row.right() - side - 4, row.center().y() - side / 2, side, side);
    ProblemMarker::paint(*painter, marker, option.palette);
}

} // namespace gatehouse
