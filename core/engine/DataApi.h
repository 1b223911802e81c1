#pragma once

#include "Clock.h"
#include "DataStore.h"
#include "EngineRequest.h"
#include "EngineResponse.h"
#include "Principal.h"
#include "PrivacyGate.h"
#include "Route.h"

#include "DataApiContext.h"
#include "DataApiGate.h"

namespace gatehouse {

// The Data API, from a routed request and an authenticated principal to the
// response: type and scopes, then the operation in one store transaction.
class DataApi
{
public:
    DataApi(const Project &project, DataStore &store, const PrivacyGate &privacy,
            const Clock &clock);

    // After DataApiGate::resolve and authentication: scopes, then the
    // operation in one store transaction.
    EngineResponse handle(const EngineRequest &request, const Route &route,
                          const DataApiGate::Target &target, const Principal &principal,
                          Trace &trace);

private:
    EngineResponse run(const DataApiContext &context, DataApiGate::Operation operation,
                       const Route &route);

    const Project &m_project;
    DataStore &m_store;
    const PrivacyGate &m_privacy;
    const Clock &m_clock;
};

} // namespace gatehouse
