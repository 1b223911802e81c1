#include "RequestLogBuckets.h"

#include "RequestLogFilterModel.h"

#include "server/RequestLogEntry.h"

namespace gatehouse {

int RequestLogBuckets::Bucket::total() const
{
    int sum = 0;
    for (const int count : counts)
        sum += count;
    return sum;
}

void RequestLogBuckets::clear()
{
    m_ring.fill({});
    m_newest = -1;
}

int RequestLogBuckets::classIndex(const RequestLogEntry &entry)
{
    using StatusClass = RequestLogFilterModel::StatusClass;
    const StatusClass shown = RequestLogFilterModel::statusClassOf(entry);
    return int(shown) - int(StatusClass::Success);
}

void RequestLogBuckets::add(const RequestLogEntry &entry)
{
    if (!entry.time.isValid())
        return;
    const qint64 second = entry.time.toSecsSinceEpoch();
    if (second < 0)
        return;
    Bucket &bucket = m_ring[std::size_t(second % seconds)];
    // A slot holding a later second is that much newer: this entry left the window.
    if (bucket.second > second)
        return;
    if (bucket.second < second)
        bucket = Bucket{second, {}, 0, 0};
    ++bucket.counts[std::size_t(classIndex(entry))];
    bucket.slowestMs = qMax(bucket.slowestMs, entry.durationMs);
    bucket.totalMs += entry.durationMs;
    m_newest = qMax(m_newest, second);
}

RequestLogBuckets::Bucket RequestLogBuckets::at(qint64 second) const
{
    if (second < 0)
        return {};
    const Bucket &bucket = m_ring[std::size_t(second % seconds)];
    return bucket.second == second ? bucket : Bucket{};
}

} // namespace gatehouse
