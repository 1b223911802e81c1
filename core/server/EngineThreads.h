#pragma once

#include <QThreadPool>

#include <atomic>
#include <functional>

namespace gatehouse {

// The threads that decide requests, apart from the one that reads and
// writes the sockets: a request that takes long (a bulk create hashing
// passwords, a slow search) holds up only its own connection. The CPU-heavy
// part, password hashing, is bounded on its own (PasswordHasher), so these
// threads are many and cheap: most of them wait.
class EngineThreads
{
public:
    static constexpr int kThreads = 16;

    EngineThreads();
    ~EngineThreads();

    void run(std::function<void()> work);
    // Says to long work that the server stops (EngineRequest::serverStopping),
    // then waits for all of it.
    void stopAndWait();
    const std::atomic<bool> *stopping() const { return &m_stopping; }
    bool isStopping() const { return m_stopping.load(); }

private:
    QThreadPool m_pool;
    std::atomic<bool> m_stopping = false;
};

} // namespace gatehouse
