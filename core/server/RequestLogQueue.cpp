#include "RequestLogQueue.h"

#include <QMutexLocker>

#include <iterator>

namespace gatehouse {

RequestLogQueue::RequestLogQueue(int bound) : m_bound(qMax(bound, 1)) {}

void RequestLogQueue::push(RequestLogEntry entry)
{
    const QMutexLocker lock(&m_mutex);
    m_entries.push_back(std::move(entry));
    trim();
}

QList<RequestLogEntry> RequestLogQueue::takeAll()
{
    const QMutexLocker lock(&m_mutex);
    QList<RequestLogEntry> batch(std::make_move_iterator(m_entries.begin()),
                                 std::make_move_iterator(m_entries.end()));
    m_entries.clear();
    return batch;
}

void RequestLogQueue::putBack(QList<RequestLogEntry> entries)
{
    const QMutexLocker lock(&m_mutex);
    m_entries.insert(m_entries.begin(), std::make_move_iterator(entries.begin()),
                     std::make_move_iterator(entries.end()));
    trim();
}

void RequestLogQueue::setBound(int bound)
{
    const QMutexLocker lock(&m_mutex);
    m_bound = qMax(bound, 1);
    trim();
}

int RequestLogQueue::bound() const
{
    const QMutexLocker lock(&m_mutex);
    return m_bound;
}

qsizetype RequestLogQueue::size() const
{
    const QMutexLocker lock(&m_mutex);
    return qsizetype(m_entries.size());
}

qint64 RequestLogQueue::dropped() const
{
    const QMutexLocker lock(&m_mutex);
    return m_dropped;
}

qint64 RequestLogQueue::takeNewlyDropped()
{
    const QMutexLocker lock(&m_mutex);
    const qint64 newly = m_dropped - m_reported;
    m_reported = m_dropped;
    return newly;
}

void RequestLogQueue::trim()
{
    while (m_entries.size() > size_t(m_bound)) {
        m_entries.pop_front();
        ++m_dropped;
    }
}

} // namespace gatehouse
