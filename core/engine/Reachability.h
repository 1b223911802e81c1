#pragma once

#include "model/Project.h"

namespace gatehouse {

// Whether a caller can reach a workflow or a data type at all: the Workflow
// API on and the workflow exposed; the Data API on and the type in its list.
// The gates, the Swagger document, the workflow list and the audit ask here.
class Reachability
{
public:
    // Why the workflow cannot be called from outside, or empty when it can.
    static QString workflowUnreachable(const ProjectSettings &settings, const Workflow &workflow);
    static bool workflowReachable(const ProjectSettings &settings, const Workflow &workflow)
    {
        return workflowUnreachable(settings, workflow).isEmpty();
    }
    static bool dataTypeReachable(const ProjectSettings &settings, const DataType &type);
    // As Bubble: with the Data API off a bad token is still a 401 (the 404
    // says the API is off anyway), so the token is read before the route.
    static bool dataApiAuthenticatesFirst(const ProjectSettings &settings)
    {
        return !settings.dataApiEnabled;
    }
    // The type the Data API serves under `apiName`, or null.
    static const DataType *dataApiType(const Project &project, const QString &apiName);
};

} // namespace gatehouse
