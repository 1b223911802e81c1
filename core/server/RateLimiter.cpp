#include "RateLimiter.h"

#include <QElapsedTimer>

#include <algorithm>
#include <cmath>

namespace gatehouse {

namespace {
constexpr double millisecondsPerMinute = 60000.0;
}

RateLimiter::RateLimiter(int perMinute, MillisecondClock clock, int maxKeys)
    : m_perMinute(perMinute), m_clock(clock ? std::move(clock) : steadyClock()),
      m_maxKeys(std::max(1, maxKeys))
{
}

RateLimiter::MillisecondClock RateLimiter::steadyClock()
{
    return [] {
        static const QElapsedTimer started = [] {
            QElapsedTimer timer;
            timer.start();
            return timer;
        }();
        return started.elapsed();
    };
}

int RateLimiter::retryAfterSeconds(const QString &key)
{
    if (m_perMinute <= 0)
        return 0;
    const Bucket &bucket = refilled(key);
    if (bucket.tokens >= 1.0)
        return 0;
    // Less a hair, so float error does not turn 10.000 s into 11.
    const double waitMs = (1.0 - bucket.tokens) * millisecondsPerMinute / m_perMinute - 1e-6;
    return std::max(1, static_cast<int>(std::ceil(waitMs / 1000.0)));
}

void RateLimiter::take(const QString &key)
{
    if (m_perMinute <= 0)
        return;
    Bucket &bucket = refilled(key);
    bucket.tokens = std::max(0.0, bucket.tokens - 1.0);
}

RateLimiter::Bucket &RateLimiter::refilled(const QString &key)
{
    const qint64 now = m_clock();
    auto it = m_buckets.find(key);
    if (it == m_buckets.end()) {
        // One place is kept for the overflow bucket.
        const auto crowded = [this] { return m_buckets.size() + 1 >= m_maxKeys; };
        if (crowded())
            forgetFullBuckets(now);
        // Still full of buckets in use: new keys share one bucket rather than
        // push out a key that is being limited, which would refill it.
        const QString &kept = crowded() ? overflowKey() : key;
        it = m_buckets.find(kept);
        if (it == m_buckets.end())
            return *m_buckets.insert(kept, Bucket{double(m_perMinute), now});
    }
    const double elapsed = double(std::max<qint64>(0, now - it->updatedMs));
    it->tokens =
        std::min<double>(m_perMinute, it->tokens + elapsed * m_perMinute / millisecondsPerMinute);
    it->updatedMs = now;
    return *it;
}

void RateLimiter::forgetFullBuckets(qint64 nowMs)
{
    const double fullAfterMs = millisecondsPerMinute;
    m_buckets.removeIf([&](const auto &entry) {
        const Bucket &bucket = entry.value();
        const double refill = double(nowMs - bucket.updatedMs) * m_perMinute / fullAfterMs;
        return bucket.tokens + refill >= m_perMinute;
    });
}

const QString &RateLimiter::overflowKey()
{
    static const QString key = QStringLiteral("\x01overflow");
    return key;
}

} // namespace gatehouse
