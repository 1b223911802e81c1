#pragma once

#include <QHash>
#include <QString>

#include <functional>

namespace gatehouse {

// A token bucket per key: `perMinute` requests in a burst, refilled evenly
// over a minute. The clock is injectable (milliseconds, monotonic) so tests
// need not sleep. Buckets that are full again are forgotten once there are
// more than `maxKeys`, so many keys do not grow memory without end; when
// none is full, new keys share one overflow bucket, so a flood of new keys
// can neither grow memory nor push out (and so refill) a limited key.
class RateLimiter
{
public:
    using MillisecondClock = std::function<qint64()>;

    explicit RateLimiter(int perMinute, MillisecondClock clock = {}, int maxKeys = 10000);

    // 0 if `key` may go now, otherwise the whole seconds to wait. Nothing is
    // taken; call take() when the request goes ahead.
    int retryAfterSeconds(const QString &key);
    void take(const QString &key);

    int perMinute() const { return m_perMinute; }
    qsizetype keyCount() const { return m_buckets.size(); }

    static MillisecondClock steadyClock();

private:
    struct Bucket
    {
        double tokens = 0;
        qint64 updatedMs = 0;
    };

    Bucket &refilled(const QString &key);
    void forgetFullBuckets(qint64 nowMs);
    static const QString &overflowKey();

    int m_perMinute;
    MillisecondClock m_clock;
    int m_maxKeys;
    QHash<QString, Bucket> m_buckets;
};

} // namespace gatehouse
