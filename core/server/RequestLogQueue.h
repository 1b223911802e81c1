#pragma once

#include "RequestLogEntry.h"

#include <QList>
#include <QMutex>

#include <deque>

namespace gatehouse {

// The request log's entries waiting to be written, in order: filled by one
// thread, emptied in batches by another. Bounded, so a log that falls
// behind (a flood of requests, a file locked by another program) holds at
// most `bound` entries: past it the oldest go, and are counted.
class RequestLogQueue
{
public:
    static constexpr int defaultBound = 10000;

    explicit RequestLogQueue(int bound = defaultBound);

    void push(RequestLogEntry entry);
    // Everything waiting, oldest first; the queue is empty after.
    QList<RequestLogEntry> takeAll();
    // Puts back a batch that could not be written, ahead of what came since;
    // the bound still holds, so the oldest may go.
    void putBack(QList<RequestLogEntry> entries);

    void setBound(int bound);
    int bound() const;
    qsizetype size() const;
    // Entries dropped since the queue was made.
    qint64 dropped() const;
    // Entries dropped since the last call.
    qint64 takeNewlyDropped();

private:
    void trim();

    mutable QMutex m_mutex;
    std::deque<RequestLogEntry> m_entries;
    int m_bound;
    qint64 m_dropped = 0;
    qint64 m_reported = 0;
};

} // namespace gatehouse
