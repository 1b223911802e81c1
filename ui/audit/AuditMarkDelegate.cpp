#include "AuditMarkDelegate.h"

#include "BadgeIcons.h"
#include "panels/ProblemMarker.h"

#include <QPainter>

namespace gatehouse {

AuditMarkDelegate::AuditMarkDelegate(int problemCountRole, int severityRole, QObject *parent)
    : ProblemMarkerDelegate(problemCountRole, parent), m_severityRole(severityRole)
{
}

void AuditMarkDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                              const QModelIndex &index) const
{
    ProblemMarkerDelegate::paint(painter, option, index);
    const QVariant severity = index.data(m_severityRole);
    if (!severity.isValid() || severity.toInt() < 0)
        return;
    const QRectF row = option.rect;
    const qreal side = qMin(ProblemMarker::size, row.height() - 2);
    // Left of where the problem marker goes, so both can show.
    const QRectF mark(row.right() - 2 * side - 8, row.center().y() - side / 2, side, side);
    BadgeIcons::paintSeverityMark(*painter, mark, audit::Severity(severity.toInt()));
}

} // namespace gatehouse
