#include "BadgeIcons.h"

#include <QCoreApplication>
#include <QHash>
#include <QPainter>
#include <QPainterPath>
#include <QPixmap>

using namespace Qt::Literals::StringLiterals;

namespace gatehouse {

namespace {

enum class Access
{
    Internal,
    Public,
    Users,
    Admins
};

Access accessOf(const Workflow &workflow, bool reachable = true)
{
    if (!workflow.exposed || !reachable)
        return Access::Internal;
    switch (workflow.authentication) {
    case AuthMode::NoneRequired:
        return Access::Public;
    case AuthMode::UserAndAdmin:
        return Access::Users;
    case AuthMode::AdminOnly:
        return Access::Admins;
    }
    return Access::Users;
}

QColor colorOf(Access access)
{
    switch (access) {
    case Access::Internal:
        return QColor(0x8a, 0x8f, 0x98);
    case Access::Public:
        return QColor(0xe0, 0x8a, 0x00);
    case Access::Users:
        return QColor(0x2f, 0x7d, 0xe1);
    case Access::Admins:
        return QColor(0xd2, 0x3f, 0x4a);
    }
    return Qt::gray;
}

void paintPadlock(QPainter &painter, const QRectF &r, const QColor &color, bool open)
{
    const qreal w = r.width();
    const QRectF body(r.left() + w * 0.16, r.top() + w * 0.46, w * 0.68, w * 0.48);
    QPainterPath shackle;
    const QRectF arc(r.left() + w * 0.28, r.top() + w * 0.08, w * 0.44, w * 0.6);
    shackle.moveTo(arc.left(), body.top());
    shackle.lineTo(arc.left(), arc.center().y());
    shackle.arcTo(arc, 180, -180);
    if (!open)
        shackle.lineTo(arc.right(), body.top());
    painter.setPen(QPen(color, w * 0.11, Qt::SolidLine, Qt::RoundCap));
    painter.setBrush(Qt::NoBrush);
    painter.drawPath(open ? shackle.translated(w * 0.14, -w * 0.06) : shackle);
    painter.setPen(Qt::NoPen);
    painter.setBrush(color);
    painter.drawRoundedRect(body, w * 0.08, w * 0.08);
}

} // namespace

QColor BadgeIcons::accessColor(const Workflow &workflow)
{
    return colorOf(accessOf(workflow));
}

QString BadgeIcons::accessLabel(const Workflow &workflow)
{
    if (!workflow.exposed)
        return QCoreApplication::translate("BadgeIcons", "Not exposed");
    return authModeDisplayName(workflow.authentication);
}

void BadgeIcons::paintBadge(QPainter &painter, const QRectF &rect, const Workflow &workflow,
                            bool reachable)
{
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    const Access access = accessOf(workflow, reachable);
    const QColor color = colorOf(access);
    const qreal w = rect.width();
    if (access == Access::Internal) {
        painter.setPen(QPen(color, w * 0.12, Qt::DotLine, Qt::RoundCap));
        painter.drawEllipse(rect.adjusted(w * 0.15, w * 0.15, -w * 0.15, -w * 0.15));
    } else {
        paintPadlock(painter, rect, color, access == Access::Public);
        if (access == Access::Admins) {
            painter.setBrush(Qt::white);
            painter.drawEllipse(QPointF(rect.center().x(), rect.top() + w * 0.7), w * 0.08,
                                w * 0.08);
        }
    }
    painter.restore();
}

QIcon BadgeIcons::workflowIcon(const Workflow &workflow, bool reachable)
{
    static QHash<int, QIcon> cache;
    const Access access = accessOf(workflow, reachable);
    auto found = cache.constFind(int(access));
    if (found != cache.constEnd())
        return *found;
    const QIcon icon = painted([&](QPainter &painter, const QRectF &rect) {
        paintBadge(painter, rect, workflow, reachable);
    });
    cache.insert(int(access), icon);
    return icon;
}

QIcon BadgeIcons::publicTypeIcon()
{
    static const QIcon icon = painted([](QPainter &painter, const QRectF &rect) {
        painter.setRenderHint(QPainter::Antialiasing);
        paintPadlock(painter, rect, colorOf(Access::Public), true);
    });
    return icon;
}

QColor BadgeIcons::severityColor(audit::Severity severity)
{
    switch (severity) {
    case audit::Severity::Critical:
        return QColor(0xb0, 0x1e, 0x2e);
    case audit::Severity::High:
        return QColor(0xe0, 0x4a, 0x2a);
    case audit::Severity::Medium:
        return QColor(0xe0, 0x8a, 0x00);
    case audit::Severity::Low:
        return QColor(0x2f, 0x7d, 0xe1);
    case audit::Severity::Info:
        return QColor(0x8a, 0x8f, 0x98);
    }
    return Qt::gray;
}

void BadgeIcons::paintSeverityMark(QPainter &painter, const QRectF &rect, audit::Severity severity,
                                   bool accepted)
{
    const qreal w = rect.width();
    const QRectF dot = rect.adjusted(w * 0.2, w * 0.2, -w * 0.2, -w * 0.2);
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    const QColor color = severityColor(severity);
    if (accepted) {
        painter.setPen(QPen(color, qMax(1.5, w * 0.12)));
        painter.setBrush(Qt::NoBrush);
    } else {
        painter.setPen(QPen(color.darker(130), qMax(1.0, w * 0.06)));
        painter.setBrush(color);
    }
    painter.drawEllipse(dot);
    painter.restore();
}

QIcon BadgeIcons::severityIcon(audit::Severity severity, bool accepted)
{
    static QHash<int, QIcon> cache;
    const int key = int(severity) * 2 + (accepted ? 1 : 0);
    if (!cache.contains(key))
        cache.insert(key, painted([=](QPainter &painter, const QRectF &rect) {
                         paintSeverityMark(painter, rect, severity, accepted);
                     }));
    return cache.value(key);
}

QIcon BadgeIcons::painted(const std::function<void(QPainter &, const QRectF &)> &paint)
{
    QIcon icon;
    for (int size : {16, 24, 32, 48}) {
        QPixmap pixmap(size, size);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        paint(painter, QRectF(0, 0, size, size));
        painter.end();
        icon.addPixmap(pixmap);
        // On the selection's highlight the colour would vanish: draw it light.
        QPixmap selected = pixmap;
        QPainter tint(&selected);
        tint.setCompositionMode(QPainter::CompositionMode_SourceIn);
        tint.fillRect(selected.rect(), QColor(255, 255, 255, 235));
        tint.end();
        icon.addPixmap(selected, QIcon::Selected);
    }
    return icon;
}

QIcon BadgeIcons::applicationIcon()
{
    return QIcon(u":/icons/gatehouse.svg"_s);
}

} // namespace gatehouse
