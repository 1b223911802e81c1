#pragma once

#include <QtGlobal>

#include <array>

namespace gatehouse {

struct RequestLogEntry;

// The request log summed a second at a time over the last two minutes, in a
// ring of fixed size: adding an entry costs the same whatever the flood, and
// what is older than the window is simply overwritten.
class RequestLogBuckets
{
public:
    static constexpr int seconds = 120;
    // 2xx, 3xx, 4xx, 5xx, then those the HTTP layer answered itself.
    static constexpr int classCount = 5;

    struct Bucket
    {
        qint64 second = -1; // since the epoch, UTC; -1: nothing came
        std::array<int, classCount> counts{};
        qint64 slowestMs = 0;
        qint64 totalMs = 0;

        int total() const;
    };

    void clear();
    void add(const RequestLogEntry &entry);
    // The newest second an entry came in, -1 when none did.
    qint64 newestSecond() const { return m_newest; }
    // The bucket of `second`, empty when nothing came then or it left the ring.
    Bucket at(qint64 second) const;
    static int classIndex(const RequestLogEntry &entry);

private:
    std::array<Bucket, seconds> m_ring{};
    qint64 m_newest = -1;
};

} // namespace gatehouse
