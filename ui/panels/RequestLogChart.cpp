#include "RequestLogChart.h"

#include "StatusColors.h"
#include "models/RequestLogFilterModel.h"

#include "server/RequestLogEntry.h"

#include <QHelpEvent>
#include <QLocale>
#include <QPainter>
#include <QToolTip>

using namespace Qt::Literals::StringLiterals;

namespace gatehouse {

namespace {
constexpr int margin = 4;
// The scale never shrinks below this, so a quiet minute of 1 ms answers
// does not draw as tall as a slow one.
constexpr qint64 smallestScaleMs = 5;
} // namespace

RequestLogChart::RequestLogChart(RequestLogFilterModel *log, QWidget *parent)
    : QWidget(parent), m_log(log), m_clock(&QDateTime::currentDateTimeUtc)
{
    setObjectName(u"requestLogChart"_s);
    setAttribute(Qt::WA_OpaquePaintEvent);
    m_repaint.setSingleShot(true);
    m_repaint.setInterval(repaintIntervalMs);
    connect(&m_repaint, &QTimer::timeout, this, &RequestLogChart::repaintNow);
    // The window moves with the clock even when nothing arrives.
    m_tick.setInterval(1000);
    connect(&m_tick, &QTimer::timeout, this, &RequestLogChart::scheduleRepaint);
    connect(log, &QAbstractItemModel::rowsInserted, this,
            [this](const QModelIndex &, int first, int last) { onRowsInserted(first, last); });
    connect(
        log, &QAbstractItemModel::rowsAboutToBeRemoved, this,
        [this](const QModelIndex &, int first, int last) { onRowsAboutToBeRemoved(first, last); });
    connect(log, &QAbstractItemModel::modelReset, this, &RequestLogChart::markDirty);
    connect(log, &QAbstractItemModel::layoutChanged, this, &RequestLogChart::markDirty);
    connect(log, &RequestLogFilterModel::filterChanged, this, &RequestLogChart::markDirty);
}

QSize RequestLogChart::sizeHint() const
{
    // As narrow as the dock it shares the bottom with; it widens with it.
    return {RequestLogBuckets::seconds + 2 * margin, fontMetrics().height() * 4};
}

QSize RequestLogChart::minimumSizeHint() const
{
    return {RequestLogBuckets::seconds + 2 * margin, fontMetrics().height() * 3};
}

qint64 RequestLogChart::windowEnd() const
{
    return qMax(m_clock().toSecsSinceEpoch(), m_buckets.newestSecond());
}

void RequestLogChart::onRowsInserted(int first, int last)
{
    if (!m_active || m_dirty)
        return;
    for (int row = first; row <= last; ++row)
        m_buckets.add(m_log->entry(row));
    scheduleRepaint();
}

void RequestLogChart::onRowsAboutToBeRemoved(int first, int last)
{
    if (!m_active || m_dirty)
        return;
    // The bound drops the oldest: only when one of them is still in the
    // window is there anything to take away.
    const qint64 windowStart = windowEnd() - RequestLogBuckets::seconds + 1;
    const RequestLogEntry &newestRemoved = m_log->entry(qMax(first, last));
    if (newestRemoved.time.toSecsSinceEpoch() >= windowStart)
        markDirty();
}

void RequestLogChart::markDirty()
{
    m_dirty = true;
    if (m_active)
        scheduleRepaint();
}

void RequestLogChart::scheduleRepaint()
{
    if (!m_repaint.isActive())
        m_repaint.start();
}

void RequestLogChart::repaintNow()
{
    if (m_dirty)
        rebuild();
    update();
}

void RequestLogChart::rebuild()
{
    m_buckets.clear();
    m_dirty = false;
    if (!m_active)
        return;
    const qint64 windowStart = m_clock().toSecsSinceEpoch() - RequestLogBuckets::seconds + 1;
    // Newest first, and no further back than the window.
    for (int row = m_log->rowCount() - 1; row >= 0; --row) {
        const RequestLogEntry &entry = m_log->entry(row);
        if (entry.time.toSecsSinceEpoch() < windowStart)
            break;
        m_buckets.add(entry);
    }
}

void RequestLogChart::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    m_active = true;
    rebuild();
    m_tick.start();
}

void RequestLogChart::hideEvent(QHideEvent *event)
{
    QWidget::hideEvent(event);
    m_active = false;
    m_tick.stop();
    m_repaint.stop();
    m_buckets.clear();
    m_dirty = true;
}

QRect RequestLogChart::plotRect() const
{
    const int top = margin + fontMetrics().height() + 2;
    return QRect(margin, top, width() - 2 * margin, height() - top - margin);
}

int RequestLogChart::secondsAgoAt(int x) const
{
    const QRect plot = plotRect();
    if (x < plot.left() || x > plot.right() || plot.width() <= 0)
        return -1;
    const int bar = (x - plot.left()) * RequestLogBuckets::seconds / plot.width();
    return RequestLogBuckets::seconds - 1 - qBound(0, bar, RequestLogBuckets::seconds - 1);
}

QString RequestLogChart::barText(int secondsAgo) const
{
    const qint64 second = windowEnd() - secondsAgo;
    const QString when =
        QDateTime::fromSecsSinceEpoch(second, Qt::UTC).toLocalTime().toString(u"HH:mm:ss"_s);
    const RequestLogBuckets::Bucket bucket = m_buckets.at(second);
    const int total = bucket.total();
    if (total == 0)
        return tr("%1: no request").arg(when);
    QStringList parts;
    for (int i = 0; i < RequestLogBuckets::classCount; ++i) {
        if (bucket.counts[std::size_t(i)] > 0) {
            const auto statusClass = RequestLogFilterModel::StatusClass(
                i + int(RequestLogFilterModel::StatusClass::Success));
            parts << tr("%1 %2")
                         .arg(bucket.counts[std::size_t(i)])
                         .arg(RequestLogFilterModel::statusClassName(statusClass));
        }
    }
    const QString count = total == 1 ? tr("1 request") : tr("%1 requests").arg(total);
    return tr("%1: %2 (%3), slowest %4 ms, mean %5 ms")
        .arg(when, count, parts.join(u", "_s))
        .arg(bucket.slowestMs)
        .arg(bucket.totalMs / total);
}

QColor RequestLogChart::classColor(int classIndex) const
{
    static const QColor base[RequestLogBuckets::classCount] = {
        QColor(0x2e, 0x9e, 0x4f), QColor(0x3b, 0x7d, 0xd8), QColor(0xe0, 0x8a, 0x00),
        QColor(0xd2, 0x3f, 0x4a), QColor(0x8e, 0x5b, 0xc9)};
    const QColor background = palette().color(QPalette::Base);
    // Bars need to stand out, not to be read as text: a third of the text contrast.
    QColor color = base[qBound(0, classIndex, RequestLogBuckets::classCount - 1)];
    return StatusColors::contrast(color, background) >= 3.0
               ? color
               : StatusColors::readableOn(color, background);
}

QString RequestLogChart::headline() const
{
    const qint64 end = windowEnd();
    int requests = 0;
    int peak = 0;
    qint64 slowest = 0;
    for (qint64 second = end - RequestLogBuckets::seconds + 1; second <= end; ++second) {
        const RequestLogBuckets::Bucket bucket = m_buckets.at(second);
        requests += bucket.total();
        peak = qMax(peak, bucket.total());
        slowest = qMax(slowest, bucket.slowestMs);
    }
    const QLocale locale;
    return tr("Last 2 min: %1 requests, peak %2/s, slowest %3 ms")
        .arg(locale.toString(requests), locale.toString(peak), locale.toString(slowest));
}

void RequestLogChart::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.fillRect(rect(), palette().color(QPalette::Base));
    painter.setPen(palette().color(QPalette::Mid));
    painter.drawRect(rect().adjusted(0, 0, -1, -1));
    const QRect line(margin, margin, width() - 2 * margin, fontMetrics().height());
    painter.setPen(palette().color(QPalette::Text));
    const QString text = fontMetrics().elidedText(headline(), Qt::ElideRight, line.width());
    painter.drawText(line, Qt::AlignLeft | Qt::AlignVCenter, text);
    paintLegend(painter, line, fontMetrics().horizontalAdvance(text));
    paintBars(painter, plotRect());
}

void RequestLogChart::paintBars(QPainter &painter, const QRect &plot) const
{
    const qint64 end = windowEnd();
    qint64 scale = smallestScaleMs;
    for (qint64 second = end - RequestLogBuckets::seconds + 1; second <= end; ++second)
        scale = qMax(scale, m_buckets.at(second).slowestMs);
    painter.setPen(palette().color(QPalette::Midlight));
    painter.drawLine(plot.bottomLeft(), plot.bottomRight());
    const qreal barWidth = qreal(plot.width()) / RequestLogBuckets::seconds;
    for (int bar = 0; bar < RequestLogBuckets::seconds; ++bar) {
        const RequestLogBuckets::Bucket bucket =
            m_buckets.at(end - RequestLogBuckets::seconds + 1 + bar);
        const int total = bucket.total();
        if (total == 0)
            continue;
        // At least a sliver: a fast answer is still an answer.
        const qreal height =
            qMax<qreal>(3.0, plot.height() * qreal(qMax<qint64>(bucket.slowestMs, 1)) / scale);
        qreal bottom = plot.bottom() + 1;
        const qreal left = plot.left() + bar * barWidth;
        for (int i = 0; i < RequestLogBuckets::classCount; ++i) {
            const qreal part = height * bucket.counts[std::size_t(i)] / total;
            if (part <= 0)
                continue;
            painter.fillRect(QRectF(left, bottom - part, qMax<qreal>(1.0, barWidth - 1), part),
                             classColor(i));
            bottom -= part;
        }
    }
}

void RequestLogChart::paintLegend(QPainter &painter, const QRect &line, int taken) const
{
    const QFontMetrics metrics = fontMetrics();
    const int swatch = metrics.height() / 2;
    const auto name = [](int i) {
        return RequestLogFilterModel::statusClassName(RequestLogFilterModel::StatusClass(
            i + int(RequestLogFilterModel::StatusClass::Success)));
    };
    int width = 0;
    for (int i = 0; i < RequestLogBuckets::classCount; ++i)
        width += swatch + 3 + metrics.horizontalAdvance(name(i)) + 10;
    // The legend gives way to the headline in a narrow dock.
    if (line.left() + taken + 12 + width > line.right())
        return;
    int x = line.right() - width + 10;
    painter.setPen(palette().color(QPalette::Text));
    for (int i = 0; i < RequestLogBuckets::classCount; ++i) {
        painter.fillRect(QRect(x, line.center().y() - swatch / 2, swatch, swatch), classColor(i));
        x += swatch + 3;
        const int textWidth = metrics.horizontalAdvance(name(i));
        painter.drawText(QRect(x, line.top(), textWidth, line.height()), Qt::AlignVCenter, name(i));
        x += textWidth + 10;
    }
}

bool RequestLogChart::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        const auto *help = static_cast<QHelpEvent *>(event);
        const int secondsAgo = secondsAgoAt(help->pos().x());
        if (secondsAgo < 0 || help->pos().y() < plotRect().top())
            QToolTip::showText(help->globalPos(),
                               tr("Each bar is a second: as high as its slowest answer, "
                                  "coloured by the share of each status class"),
                               this);
        else
            QToolTip::showText(help->globalPos(), barText(secondsAgo), this);
        return true;
    }
    return QWidget::event(event);
}

} // namespace gatehouse
