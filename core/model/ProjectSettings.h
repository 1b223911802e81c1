#pragma once

#include <QStringList>

namespace gatehouse {

// Limits the test server enforces on every request.
struct RequestLimits
{
    qint64 maxBodyBytes = 10 * 1024 * 1024;
    int requestsPerMinutePerToken = 600;     // 0: no limit
    int requestsPerMinutePerWorkflow = 1200; // 0: no limit, every client together
    int requestLogSize = 1000;               // entries kept in the request log
    // Per client address, so that one client cannot lock another out:
    int requestsPerMinutePerClient = 600;         // calls without a token; 0: no limit
    int requestsPerMinutePerClientWorkflow = 300; // one workflow; 0: no limit
    int maxConnectionsPerClient = 16;             // open at once
    int headerTimeoutMs = 10000;                  // a request's first byte to its last header
    // After a grace period the body must keep arriving this fast on average,
    // so a trickle (slow POST) cannot hold a connection; 0: no minimum.
    int minBodyBytesPerSecond = 2048;

    bool operator==(const RequestLimits &) const = default;
};

// The project's API settings, as Bubble's Settings > API tab holds them.
struct ProjectSettings
{
    bool workflowApiEnabled = true;
    bool dataApiEnabled = false;
    QStringList dataApiTypes; // the types the Data API exposes
    bool swaggerEnabled = false;
    bool tokensInQuerystring = true; // accept `api_token=` as Bubble does
    // Since Bubble version 30 an admin token bypasses privacy rules inside
    // workflows as well as in the Data API.
    bool adminTokensBypassPrivacyInWorkflows = true;
    int userTokenLifetimeSeconds = 86400;
    int stayLoggedInLifetimeSeconds = 31536000;
    int userTokenInactivitySeconds = 30 * 86400;
    // How often a reviewer should look at each token again.
    int tokenReviewIntervalDays = 30;
    RequestLimits limits;

    bool operator==(const ProjectSettings &) const = default;
};

} // namespace gatehouse
