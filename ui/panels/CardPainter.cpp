#include "CardPainter.h"

#include "BadgeIcons.h"

#include <QCoreApplication>
#include <QFontDatabase>
#include <QPainter>
#include <QPainterPath>

using namespace Qt::Literals::StringLiterals;

namespace gatehouse {

namespace {
constexpr qreal padding = 12;
constexpr qreal radius = 8;

QString tr(const char *text)
{
    return QCoreApplication::translate("WorkflowCanvas", text);
}

bool isDark(const QPalette &palette)
{
    return palette.color(QPalette::Base).lightness() < 128;
}
} // namespace

CardPainter::CardPainter(QPainter &painter, const QPalette &palette)
    : m_painter(painter), m_palette(palette)
{
    m_painter.setRenderHint(QPainter::Antialiasing);
    m_painter.setRenderHint(QPainter::TextAntialiasing);
}

QColor CardPainter::mutedText() const
{
    QColor color = m_palette.color(QPalette::Text);
    color.setAlphaF(0.62f);
    return color;
}

void CardPainter::paintFrame(const QRectF &rect, bool selected)
{
    // A soft shadow under the card, darker on a dark palette.
    m_painter.setPen(Qt::NoPen);
    m_painter.setBrush(QColor(0, 0, 0, isDark(m_palette) ? 90 : 28));
    m_painter.drawRoundedRect(rect.translated(0, 2), radius, radius);
    m_painter.setBrush(m_palette.color(QPalette::Base));
    const QColor border =
        selected ? m_palette.color(QPalette::Highlight) : m_palette.color(QPalette::Mid);
    m_painter.setPen(QPen(border, selected ? 2.0 : 1.0));
    m_painter.drawRoundedRect(rect.adjusted(0.5, 0.5, -0.5, -0.5), radius, radius);
}

void CardPainter::paintEvent(const QRectF &rect, const Workflow &workflow, bool selected)
{
    paintFrame(rect, selected);
    // A band in the access colour along the top says who may call.
    QPainterPath band;
    band.addRoundedRect(rect.adjusted(1, 1, -1, 0), radius, radius);
    QPainterPath clip;
    clip.addRect(QRectF(rect.left(), rect.top(), rect.width(), 5));
    m_painter.setPen(Qt::NoPen);
    m_painter.setBrush(BadgeIcons::accessColor(workflow));
    m_painter.drawPath(band.intersected(clip));

    QRectF text = rect.adjusted(padding, padding + 2, -padding, -padding);
    QFont small = m_painter.font();
    small.setPointSizeF(small.pointSizeF() * 0.85);
    m_painter.setFont(small);
    m_painter.setPen(mutedText());
    m_painter.drawText(text, Qt::AlignLeft | Qt::AlignTop, tr("API workflow is run"));

    QFont bold = m_painter.font();
    bold.setPointSizeF(small.pointSizeF() / 0.85 * 1.05);
    bold.setBold(true);
    m_painter.setFont(bold);
    m_painter.setPen(m_palette.color(QPalette::Text));
    const QFontMetricsF boldMetrics(bold);
    text.setTop(text.top() + QFontMetricsF(small).height() + 2);
    m_painter.drawText(text, Qt::AlignLeft | Qt::AlignTop,
                       boldMetrics.elidedText(workflow.name, Qt::ElideRight, text.width()));

    QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    mono.setPointSizeF(small.pointSizeF());
    m_painter.setFont(mono);
    const QFontMetricsF monoMetrics(mono);
    text.setTop(text.top() + boldMetrics.height() + 4);
    const QString method = httpMethodId(workflow.method).toUpper() + u"  "_s;
    QString url = method + u"/api/1.1/wf/"_s + workflow.name;
    // The workflow's name is the part that matters: drop the fixed prefix
    // before cutting into it.
    if (monoMetrics.horizontalAdvance(url) > text.width())
        url = method + u"\u2026/wf/"_s + workflow.name;
    m_painter.setPen(workflow.exposed ? m_palette.color(QPalette::Text) : mutedText());
    m_painter.drawText(text, Qt::AlignLeft | Qt::AlignTop,
                       monoMetrics.elidedText(url, Qt::ElideRight, text.width()));
    m_painter.setFont(small);
    paintCondition(rect, workflow.condition);
    paintBadge(rect, workflow);
}

void CardPainter::paintBadge(const QRectF &rect, const Workflow &workflow)
{
    const QString label = BadgeIcons::accessLabel(workflow);
    const QFontMetricsF metrics(m_painter.font());
    const qreal height = metrics.height() + 6;
    const QRectF pill(rect.left() + padding, rect.bottom() - padding - height,
                      metrics.horizontalAdvance(label) + height + 14, height);
    QColor fill = BadgeIcons::accessColor(workflow);
    fill.setAlphaF(isDark(m_palette) ? 0.30f : 0.14f);
    m_painter.setPen(Qt::NoPen);
    m_painter.setBrush(fill);
    m_painter.drawRoundedRect(pill, height / 2, height / 2);
    const qreal icon = height - 6;
    BadgeIcons::paintBadge(m_painter, QRectF(pill.left() + 6, pill.top() + 3, icon, icon),
                           workflow);
    m_painter.setPen(m_palette.color(QPalette::Text));
    m_painter.drawText(pill.adjusted(icon + 10, 0, -6, 0), Qt::AlignVCenter | Qt::AlignLeft, label);
}

void CardPainter::paintCondition(const QRectF &rect, const QString &condition)
{
    if (condition.trimmed().isEmpty())
        return;
    const QFontMetricsF metrics(m_painter.font());
    const QRectF line(rect.left() + padding, rect.bottom() - padding - 2 * metrics.height() - 12,
                      rect.width() - 2 * padding, metrics.height());
    m_painter.setPen(mutedText());
    m_painter.drawText(
        line, Qt::AlignLeft | Qt::AlignVCenter,
        metrics.elidedText(tr("Only when %1").arg(condition), Qt::ElideRight, line.width()));
}

QString CardPainter::stepSummary(const Action &action)
{
    const ActionKindInfo &info = action.info();
    QStringList keys;
    for (const Assignment &assignment : action.assignments)
        keys.append(assignment.key);
    QString subject;
    if (!info.targetLabel.isEmpty() && !action.target.isEmpty())
        subject = action.target;
    else if (info.usesDataType)
        subject = action.dataType;
    else if (info.usesWorkflow)
        subject = action.workflow;
    if (subject.isEmpty() || keys.isEmpty())
        return subject + keys.join(u", "_s);
    return subject + u" · "_s + keys.join(u", "_s);
}

void CardPainter::paintStep(const QRectF &rect, int number, const Action &action, bool selected,
                            bool dimmed)
{
    m_painter.save();
    if (dimmed)
        m_painter.setOpacity(0.45);
    paintFrame(rect, selected);
    const QFont base = m_painter.font();
    QFont small = base;
    small.setPointSizeF(base.pointSizeF() * 0.85);
    const QFontMetricsF smallMetrics(small);

    const qreal circle = smallMetrics.height() + 6;
    const QRectF disc(rect.left() + padding, rect.top() + padding, circle, circle);
    m_painter.setPen(Qt::NoPen);
    m_painter.setBrush(m_palette.color(QPalette::Highlight));
    m_painter.drawEllipse(disc);
    m_painter.setFont(small);
    m_painter.setPen(m_palette.color(QPalette::HighlightedText));
    m_painter.drawText(disc, Qt::AlignCenter, QString::number(number));
    m_painter.setPen(mutedText());
    m_painter.drawText(QRectF(disc.right() + 8, disc.top(), rect.width(), circle),
                       Qt::AlignVCenter | Qt::AlignLeft, tr("Step %1").arg(number));

    QFont bold = base;
    bold.setBold(true);
    m_painter.setFont(bold);
    m_painter.setPen(m_palette.color(QPalette::Text));
    const QRectF title(rect.left() + padding, disc.bottom() + 8, rect.width() - 2 * padding,
                       QFontMetricsF(bold).height() * 2 + 2);
    m_painter.drawText(title, Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap,
                       action.info().displayName);

    m_painter.setFont(small);
    const QString summary = stepSummary(action);
    if (!summary.isEmpty()) {
        const QRectF line(rect.left() + padding, rect.bottom() - padding - smallMetrics.height(),
                          rect.width() - 2 * padding, smallMetrics.height());
        m_painter.setPen(mutedText());
        m_painter.drawText(line, Qt::AlignLeft | Qt::AlignVCenter,
                           smallMetrics.elidedText(summary, Qt::ElideRight, line.width()));
    }
    if (!action.condition.trimmed().isEmpty()) {
        const QRectF line(rect.left() + padding,
                          rect.bottom() - padding - 2 * smallMetrics.height() - 4,
                          rect.width() - 2 * padding, smallMetrics.height());
        m_painter.setPen(m_palette.color(QPalette::Link));
        m_painter.drawText(line, Qt::AlignLeft | Qt::AlignVCenter,
                           smallMetrics.elidedText(tr("Only when %1").arg(action.condition),
                                                   Qt::ElideRight, line.width()));
    }
    m_painter.setFont(base);
    m_painter.restore();
}

void CardPainter::paintAddCard(const QRectF &rect, bool hovered)
{
    m_painter.setBrush(hovered ? QBrush(m_palette.color(QPalette::AlternateBase)) : QBrush());
    QPen pen(hovered ? m_palette.color(QPalette::Highlight) : m_palette.color(QPalette::Mid), 1.5,
             Qt::DashLine);
    m_painter.setPen(pen);
    m_painter.drawRoundedRect(rect.adjusted(1, 1, -1, -1), radius, radius);
    m_painter.setPen(hovered ? m_palette.color(QPalette::Highlight) : mutedText());
    m_painter.drawText(rect.adjusted(padding, padding, -padding, -padding),
                       Qt::AlignCenter | Qt::TextWordWrap, tr("Click here to add an action..."));
}

void CardPainter::paintConnector(const QRectF &from, const QRectF &to)
{
    // Down from one card to the next, in the single column.
    const qreal x = from.center().x();
    const QPointF start(x, from.bottom() + 4);
    const QPointF end(x, to.top() - 4);
    m_painter.setPen(QPen(m_palette.color(QPalette::Mid), 1.5));
    m_painter.drawLine(start, end);
    QPainterPath head;
    head.moveTo(end);
    head.lineTo(end + QPointF(-4, -7));
    head.lineTo(end + QPointF(4, -7));
    head.closeSubpath();
    m_painter.setPen(Qt::NoPen);
    m_painter.setBrush(m_palette.color(QPalette::Mid));
    m_painter.drawPath(head);
}

void CardPainter::paintDropMarker(const QRectF &marker)
{
    m_painter.setPen(Qt::NoPen);
    m_painter.setBrush(m_palette.color(QPalette::Highlight));
    m_painter.drawRoundedRect(marker, 2, 2);
}

} // namespace gatehouse
