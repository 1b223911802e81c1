#pragma once

#include "RateLimiter.h"
#include "engine/EngineRequest.h"

namespace gatehouse {

// Counts requests per workflow (from the path) and per presented token (by
// the token's hash; the raw token is never kept). It only counts: whether a
// token is valid is the engine's business.
class RateLimitGate
{
public:
    struct Verdict
    {
        int retryAfterSeconds = 0; // 0: let it through
        QString message;
    };

    RateLimitGate(int perMinutePerToken, int perMinutePerWorkflow,
                  const RateLimiter::MillisecondClock &clock = {});

    // Lets the request through and counts it against every key it has, or
    // says how long to wait without counting it anywhere.
    Verdict admit(const EngineRequest &request);

    static QString workflowKey(const EngineRequest &request); // empty: not a workflow
    static QString tokenKey(const EngineRequest &request);    // empty: no token presented

private:
    RateLimiter m_perToken;
    RateLimiter m_perWorkflow;
};

} // namespace gatehouse
