#pragma once

#include "OriginGuard.h"
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
    bool allowRemote = false; // --allow-remote: any Host, Origin against the Host
    OriginGuard origins;      // set once the port is bound

    void rebuildRates() { rates = std::make_unique<RateLimitGate>(limits, rateClock); }
};

} // namespace gatehouse
