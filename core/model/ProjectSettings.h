#pragma once

#include <QStringList>

namespace gatehouse {

// Limits the test server enforces on every request.
struct RequestLimits
{
    qint64 maxBodyBytes = 10 * 1024 * 1024;
    int requestsPerMinutePerToken = 600;     // 0: no limit
    int requestsPerMinutePerWorkflow = 1200; // 0: no limit
    int requestLogSize = 1000;               // entries kept in the request log

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
