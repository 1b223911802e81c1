#pragma once

#include "RateLimiter.h"
#include "ServerLimits.h"
#include "engine/EngineRequest.h"

namespace gatehouse {

// Counts requests so that no client can spend another's allowance: a call
// with a token counts against that token (by its hash; the raw token is
// never kept), one without against its client address; a workflow call
// also against that workflow for that client, and against the workflow's
// ceiling for every client together. It only counts: whether a token is
// valid is the engine's business.
class RateLimitGate
{
public:
    struct Verdict
    {
        int retryAfterSeconds = 0; // 0: let it through
        QString message;
    };

    explicit RateLimitGate(const ServerLimits &limits,
                           const RateLimiter::MillisecondClock &clock = {});

    // Lets the request through and counts it against every key it has, or
    // says how long to wait without counting it anywhere: a refused request
    // spends nobody's allowance, its own client's included.
    Verdict admit(const EngineRequest &request, const QString &clientAddress);

    static bool sameRates(const ServerLimits &a, const ServerLimits &b);
    static QString workflowName(const EngineRequest &request); // empty: not a workflow
    static QString tokenKey(const EngineRequest &request);     // empty: no token presented

private:
    struct Check
    {
        RateLimiter *limiter;
        QString key;
        QString what; // "this token", "this client", ...
    };
    QList<Check> checksFor(const EngineRequest &request, const QString &clientAddress);

    RateLimiter m_perToken;
    RateLimiter m_perClient;
    RateLimiter m_perClientWorkflow;
    RateLimiter m_perWorkflow;
};

} // namespace gatehouse
