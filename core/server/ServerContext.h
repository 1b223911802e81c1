#pragma once

#include "RateLimitGate.h"
#include "RequestHandler.h"
#include "ServerLimits.h"

#include <memory>

namespace gatehouse {

// What every connection of one server shares; owned by the server thread's
// worker and read only on that thread.
struct ServerContext
{
    std::shared_ptr<RequestHandler> handler;
    ServerLimits limits;
    RateLimiter::MillisecondClock rateClock; // empty: the steady clock
    std::unique_ptr<RateLimitGate> rates;

    void rebuildRates()
    {
        rates = std::make_unique<RateLimitGate>(limits.requestsPerMinutePerToken,
                                                limits.requestsPerMinutePerWorkflow, rateClock);
    }
};

} // namespace gatehouse
