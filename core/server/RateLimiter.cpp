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
        if (m_buckets.size() >= m_maxKeys)
            forgetFullBuckets(now);
        return *m_buckets.insert(key, Bucket{double(m_perMinute), now});
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
    // Every bucket still in use: drop the stalest so memory stays bounded.
    while (m_buckets.size() >= m_maxKeys) {
        auto stalest = std::min_element(
            m_buckets.begin(), m_buckets.end(),
            [](const Bucket &a, const Bucket &b) { return a.updatedMs < b.updatedMs; });
        m_buckets.erase(stalest);
    }
}

} // namespace gatehouse
