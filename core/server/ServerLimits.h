#pragma once

#include "model/ProjectSettings.h"

#include <QtGlobal>

namespace gatehouse {

// Transport limits the HTTP layer enforces before a request reaches the
// engine. Times are milliseconds; a rate of 0 means no limit.
struct ServerLimits
{
    qint64 maxBodyBytes = 10 * 1024 * 1024;
    int maxHeaderBytes = 8 * 1024; // all header fields, not counting the request line
    int maxHeaderCount = 100;
    int maxUrlLength = 8 * 1024;
    int maxConnections = 1024;
    int maxConnectionsPerClient = 16; // per client address, so one client cannot take them all
    int idleTimeoutMs = 5000;         // keep-alive connection with no request started
    int headerTimeoutMs = 10000;      // header deadline: a request's first byte to its last header
    // After the header, the body must keep arriving at this rate on average,
    // counted from `bodyGraceMs` on: a trickle is cut off, a large upload is not.
    int minBodyBytesPerSecond = 2048;
    int bodyGraceMs = 5000;
    int sendTimeoutMs = 30000; // a client that does not read its responses
    int lingerMs = 2000;       // reading and discarding after an error, before closing
    qint64 maxPendingOutputBytes = 4 * 1024 * 1024; // stop reading requests above this
    int requestsPerMinutePerToken = 600;
    int requestsPerMinutePerClient = 600;         // calls without a token, per client address
    int requestsPerMinutePerClientWorkflow = 300; // one workflow, per client address
    int requestsPerMinutePerWorkflow = 1200;      // one workflow, every client together

    // The defaults with the project's request limits applied.
    static ServerLimits fromSettings(const RequestLimits &limits)
    {
        return fromSettings(limits, {});
    }
    // `transport` (the defaults, or `serve`'s options) with the project's
    // request limits applied.
    static ServerLimits fromSettings(const RequestLimits &limits, const ServerLimits &transport);

    bool operator==(const ServerLimits &) const = default;
};

} // namespace gatehouse
