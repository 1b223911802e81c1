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
    int maxConnections = 64;
    int idleTimeoutMs = 5000;    // keep-alive connection with no request started
    int headerTimeoutMs = 10000; // from a request's first byte to its last header
    int bodyTimeoutMs = 60000;   // from the end of the header to the end of the body
    int sendTimeoutMs = 30000;   // a client that does not read its responses
    int lingerMs = 2000;         // reading and discarding after an error, before closing
    qint64 maxPendingOutputBytes = 4 * 1024 * 1024; // stop reading requests above this
    int requestsPerMinutePerToken = 600;
    int requestsPerMinutePerWorkflow = 1200;

    // The defaults with the project's request limits applied.
    static ServerLimits fromSettings(const RequestLimits &limits);

    bool operator==(const ServerLimits &) const = default;
};

} // namespace gatehouse
