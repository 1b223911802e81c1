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
    // per client address, so one client cannot take them all
    int maxConnectionsPerClient = RequestLimits().maxConnectionsPerClient;
    int idleTimeoutMs = 5000; // keep-alive connection with no request started
    // header deadline: a request's first byte to its last header
    int headerTimeoutMs = RequestLimits().headerTimeoutMs;
    // After the header, the body must keep arriving at this rate on average,
    // counted from `bodyGraceMs` on: a trickle is cut off, a large upload is not.
    int minBodyBytesPerSecond = RequestLimits().minBodyBytesPerSecond;
    int bodyGraceMs = 5000;
    int sendTimeoutMs = 30000; // a client that does not read its responses
    int lingerMs = 2000;       // reading and discarding after an error, before closing
    qint64 maxPendingOutputBytes = 4 * 1024 * 1024; // stop reading requests above this
    int requestsPerMinutePerToken = 600;
    // calls without a token, per client address
    int requestsPerMinutePerClient = RequestLimits().requestsPerMinutePerClient;
    // one workflow, per client address
    int requestsPerMinutePerClientWorkflow = RequestLimits().requestsPerMinutePerClientWorkflow;
    int requestsPerMinutePerWorkflow = 1200; // one workflow, every client together

    // The defaults with the project's request limits applied.
    static ServerLimits fromSettings(const RequestLimits &limits);

    bool operator==(const ServerLimits &) const = default;
};

} // namespace gatehouse
