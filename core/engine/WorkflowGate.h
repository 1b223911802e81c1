#pragma once

#include "Clock.h"
#include "EngineRequest.h"
#include "EngineResponse.h"
#include "Principal.h"
#include "Route.h"

#include "model/Project.h"

#include <variant>

namespace gatehouse {

// Steps 1 and 3 of the pipeline for the Workflow API: is there an exposed
// workflow at this route, called with its method; and may this principal
// call it (authentication mode, then the token's scopes)?
class WorkflowGate
{
public:
    using Resolution = std::variant<const Workflow *, EngineResponse>;
    static Resolution resolve(const Project &project, const Route &route, const QByteArray &method,
                              Trace &trace);

    // An empty optional when the call may go on; else the refusal, whose
    // Bubble code comes from `clock`.
    static std::optional<EngineResponse> authorize(const Workflow &workflow,
                                                   const Principal &principal, const Clock &clock,
                                                   Trace &trace);

    // The same decision without a request: for the access matrix and the
    // audit. `reason` says why in words.
    static bool mayCall(const Workflow &workflow, const Principal &principal, QString *reason);

private:
    static EngineResponse notFound(Trace &trace, const QString &reason, const QString &message,
                                   const QString &subject, const TraceRef &ref = {});
};

} // namespace gatehouse
