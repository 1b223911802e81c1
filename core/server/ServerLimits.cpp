#include "ServerLimits.h"

namespace gatehouse {

ServerLimits ServerLimits::fromSettings(const RequestLimits &limits)
{
    ServerLimits server;
    server.maxBodyBytes = limits.maxBodyBytes;
    server.requestsPerMinutePerToken = limits.requestsPerMinutePerToken;
    server.requestsPerMinutePerWorkflow = limits.requestsPerMinutePerWorkflow;
    server.requestsPerMinutePerClient = limits.requestsPerMinutePerClient;
    server.requestsPerMinutePerClientWorkflow = limits.requestsPerMinutePerClientWorkflow;
    server.maxConnectionsPerClient = limits.maxConnectionsPerClient;
    server.headerTimeoutMs = limits.headerTimeoutMs;
    server.minBodyBytesPerSecond = limits.minBodyBytesPerSecond;
    return server;
}

} // namespace gatehouse
