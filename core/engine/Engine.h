#pragma once

#include "Clock.h"
#include "DataStore.h"
#include "DetectDataListener.h"
#include "EngineRequest.h"
#include "EngineResponse.h"
#include "Principal.h"
#include "Route.h"

#include "model/Project.h"

#include <functional>
#include <memory>
#include <variant>

namespace gatehouse {

// The one place that decides a request, end to end (docs/engine.md): route,
// authenticate, authorize, parameters, condition, actions, response. It works
// on an immutable snapshot of the project, so an edit made meanwhile takes
// effect on the next request, and on live data in `store`, one transaction a
// request, committed before the response is returned.
class Engine
{
public:
    Engine(std::shared_ptr<const Project> project, DataStore &store, const Clock &clock);

    EngineResponse handle(const EngineRequest &request);
    // Where calls to /wf/<name>/initialize go ("Detect data"); without a
    // listener, or one that waits for another workflow, they are a 404.
    void setDetectListener(DetectDataListener *listener) { m_detectListener = listener; }
    // Runs the scheduled workflows whose time has come, each in its own
    // transaction, as whoever scheduled it, and records each as done or
    // failed (a run of a workflow that no longer exists fails). dispatch()
    // calls it after every Workflow API and Data API request. Returns how
    // many runs it settled.
    int runDueScheduledWorkflows();

private:
    EngineResponse dispatch(const EngineRequest &request);
    EngineResponse handleWorkflow(const EngineRequest &request, const Route &route, Trace &trace);
    EngineResponse handleInitialize(const EngineRequest &request, const Route &route, Trace &trace);
    EngineResponse handleSwagger(const EngineRequest &request, const Route &route, Trace &trace);
    EngineResponse handleData(const EngineRequest &request, const Route &route, Trace &trace);
    // Authentication, as a principal or the refusal to send.
    std::variant<Principal, EngineResponse> authenticate(const EngineRequest &request,
                                                         Trace &trace);
    void recordUse(const Principal &principal);
    EngineResponse inTransaction(Trace &trace, const std::function<EngineResponse()> &work);

    std::shared_ptr<const Project> m_project;
    DataStore &m_store;
    const Clock &m_clock;
    QString m_caller; // Principal::describe() once authenticated
    DetectDataListener *m_detectListener = nullptr;
};

} // namespace gatehouse
