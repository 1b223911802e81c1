#pragma once

#include "ServerLimits.h"

#include <optional>

namespace gatehouse {

// Transport limits given for one run of the server (`serve`'s options, for a
// load test): each one given wins over the project's setting and the
// default; the others follow the project as it is saved.
struct ServerLimitOverrides
{
    std::optional<int> maxConnections;
    std::optional<int> maxConnectionsPerClient;
    std::optional<int> headerTimeoutMs;
    std::optional<int> idleTimeoutMs;
    std::optional<int> requestsPerMinutePerClient;
    std::optional<int> requestsPerMinutePerClientWorkflow;

    ServerLimits appliedTo(ServerLimits limits) const;
    bool operator==(const ServerLimitOverrides &) const = default;
};

} // namespace gatehouse
