#pragma once

#include "engine/EngineResponse.h"
#include "server/EngineHandler.h"

#include <QMutex>

#include <memory>
#include <optional>

namespace gatehouse::test {

// The engine's handler with the trace of its last answer kept, so a test
// can read which step decided a call it made over the wire.
class TraceKeepingHandler final : public RequestHandler
{
public:
    explicit TraceKeepingHandler(std::unique_ptr<EngineHandler> inner) : m_inner(std::move(inner))
    {
    }

    EngineResponse handle(const EngineRequest &request) override
    {
        EngineResponse response = m_inner->handle(request);
        QMutexLocker lock(&m_mutex);
        m_last = response;
        return response;
    }

    // The last answer since `forget`, if the engine gave one.
    std::optional<EngineResponse> last() const
    {
        QMutexLocker lock(&m_mutex);
        return m_last;
    }

    void forget()
    {
        QMutexLocker lock(&m_mutex);
        m_last.reset();
    }

private:
    std::unique_ptr<EngineHandler> m_inner;
    mutable QMutex m_mutex;
    std::optional<EngineResponse> m_last;
};

} // namespace gatehouse::test
