#include "ServerLimitOverrides.h"

namespace gatehouse {

ServerLimits ServerLimitOverrides::appliedTo(ServerLimits limits) const
{
    const std::pair<const std::optional<int> *, int *> fields[] = {
        {&maxConnections, &limits.maxConnections},
        {&maxConnectionsPerClient, &limits.maxConnectionsPerClient},
        {&headerTimeoutMs, &limits.headerTimeoutMs},
        {&idleTimeoutMs, &limits.idleTimeoutMs},
        {&requestsPerMinutePerClient, &limits.requestsPerMinutePerClient},
        {&requestsPerMinutePerClientWorkflow, &limits.requestsPerMinutePerClientWorkflow},
    };
    for (const auto &[given, field] : fields) {
        if (*given)
            *field = **given;
    }
    return limits;
}

} // namespace gatehouse
