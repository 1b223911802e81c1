#include "ServerLimits.h"

namespace gatehouse {

ServerLimits ServerLimits::fromSettings(const RequestLimits &limits, const ServerLimits &transport)
{
    ServerLimits server = transport;
    server.maxBodyBytes = limits.maxBodyBytes;
    server.requestsPerMinutePerToken = limits.requestsPerMinutePerToken;
    server.requestsPerMinutePerWorkflow = limits.requestsPerMinutePerWorkflow;
    return server;
}

} // namespace gatehouse
