#pragma once

#include "EngineThreads.h"
#include "HttpExchange.h"
#include "OriginGuard.h"
#include "RateLimitGate.h"
#include "RequestHandler.h"
#include "ServerLimits.h"

#include <QObject>

#include <functional>
#include <memory>

namespace gatehouse {

// What every connection of one server shares; owned by the server thread's
// worker and read only on that thread (the engine threads see only what a
// connection hands them).
struct ServerContext
{
    std::shared_ptr<RequestHandler> handler;
    ServerLimits limits;
    RateLimiter::MillisecondClock rateClock; // empty: the steady clock
    std::unique_ptr<RateLimitGate> rates;
    bool allowRemote = false;               // --allow-remote: any Host, Origin against the Host
    OriginGuard origins;                    // set once the port is bound
    std::unique_ptr<EngineThreads> engines; // where requests are decided
    QObject *home = nullptr;                // on the server thread: where decisions come back
    // A decision whose connection closed meanwhile: still logged.
    std::function<void(const HttpExchange &)> orphaned;

    void rebuildRates() { rates = std::make_unique<RateLimitGate>(limits, rateClock); }
};

} // namespace gatehouse
