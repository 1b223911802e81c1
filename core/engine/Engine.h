#pragma once

#include "Clock.h"
#include "DataStore.h"
#include "DetectDataListener.h"
#include "EngineRequest.h"
#include "EngineResponse.h"
#include "FailureLatchingStore.h"
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
// request, committed before the response is returned. It fails closed: a
// read or write of the store that fails anywhere in a request refuses it
// with a 503 and keeps nothing it did (docs/engine.md, "Failing closed").
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
    // failed (a run of a workflow that no longer exists fails). handle()
    // calls it before and after every Workflow API and Data API request.
    // Returns how many runs it settled; a store failure stops it, and leaves
    // that run and the rest pending (storeFailure() says why).
    int runDueScheduledWorkflows();
    // The store failure the last handle() or runDueScheduledWorkflows() met.
    const std::optional<Error> &storeFailure() const { return m_store.failure(); }

private:
    EngineResponse dispatch(const EngineRequest &request, const Route &route);
    int settleDueRuns();
    // Runs one due run and records how it ended; false when a store failure
    // stopped it, which leaves it pending.
    bool settle(ScheduledRun run);
    EngineResponse runDue(const ScheduledRun &run, Trace &trace);
    EngineResponse handleWorkflow(const EngineRequest &request, const Route &route, Trace &trace);
    EngineResponse handleInitialize(const EngineRequest &request, const Route &route, Trace &trace);
    EngineResponse handleSwagger(const EngineRequest &request, const Route &route, Trace &trace);
    EngineResponse handleData(const EngineRequest &request, const Route &route, Trace &trace);
    // Authentication, as a principal or the refusal to send.
    std::variant<Principal, EngineResponse> authenticate(const EngineRequest &request,
                                                         Trace &trace);
    void recordUse();
    EngineResponse inTransaction(Trace &trace, const std::function<EngineResponse()> &work);

    std::shared_ptr<const Project> m_project;
    FailureLatchingStore m_store;
    const Clock &m_clock;
    QString m_caller;                // Principal::describe() once authenticated
    std::optional<Principal> m_user; // whose credential to record as used
    DetectDataListener *m_detectListener = nullptr;
};

} // namespace gatehouse
