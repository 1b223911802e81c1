#pragma once

#include "models/RequestLogBuckets.h"

#include <QDateTime>
#include <QTimer>
#include <QWidget>

#include <functional>

namespace gatehouse {

class RequestLogFilterModel;

// Response times and statuses over the last two minutes of the (filtered)
// Request Log: one bar a second, as high as that second's slowest answer,
// split by the share of each status class. Cheap under a flood: a fixed
// ring of buckets, at most a few repaints a second; hidden, it computes
// nothing and catches up from the log when shown.
class RequestLogChart : public QWidget
{
    Q_OBJECT

public:
    static constexpr int repaintIntervalMs = 250;

    explicit RequestLogChart(RequestLogFilterModel *log, QWidget *parent = nullptr);

    // Where "now" comes from; tests fix it.
    void setClock(std::function<QDateTime()> clock) { m_clock = std::move(clock); }
    // The newest second shown: now, or a later entry's.
    qint64 windowEnd() const;
    // Shown, with new figures not yet summed or drawn: they are, at most
    // repaintIntervalMs after they came. What a test waits on.
    bool isRepaintPending() const { return m_active && (m_dirty || m_repaint.isActive()); }
    // The figures drawn, as summed so far; empty while hidden.
    const RequestLogBuckets &buckets() const { return m_buckets; }
    // Seconds before windowEnd() of the bar under `x`, -1 off the bars.
    int secondsAgoAt(int x) const;
    // The tooltip of the bar `secondsAgo` seconds before windowEnd().
    QString barText(int secondsAgo) const;
    QColor classColor(int classIndex) const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    bool event(QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    void onRowsInserted(int first, int last);
    void onRowsAboutToBeRemoved(int first, int last);
    void markDirty();
    void scheduleRepaint();
    void repaintNow();
    void rebuild();
    QRect plotRect() const;
    QString headline() const;
    void paintBars(QPainter &painter, const QRect &plot) const;
    void paintLegend(QPainter &painter, const QRect &line, int taken) const;

    RequestLogFilterModel *m_log;
    RequestLogBuckets m_buckets;
    std::function<QDateTime()> m_clock;
    QTimer m_repaint;
    QTimer m_tick;
    bool m_active = false;
    bool m_dirty = true;
};

} // namespace gatehouse
