#pragma once

#include "Clock.h"
#include "DataApiGate.h"
#include "DataStore.h"
#include "EngineRequest.h"
#include "Principal.h"
#include "PrivacyGate.h"
#include "Route.h"

#include "model/Project.h"

namespace gatehouse {

// An answer to "would this principal be allowed, and why?", asked without a
// request and without changing anything: for the access matrix, the audit
// and the request panel. It runs the same gates the engine runs.
struct AccessAnswer
{
    enum class Verdict
    {
        Allowed,
        Refused,
        DependsOnRecord
    };

    Verdict verdict = Verdict::Refused;
    QString reason;    // in words
    QString decidedBy; // the setting or rule that decided

    bool allowed() const { return verdict == Verdict::Allowed; }
};

class AccessQuestion
{
public:
    AccessQuestion(const Project &project, const DataStore &store, const Clock &clock);

    AccessAnswer workflow(const QString &workflowName, const Principal &principal) const;
    // The same for a request's token, in the engine's order: the route, then
    // the token (expired, revoked, unknown), then the gate. The token's use
    // is not recorded.
    AccessAnswer workflow(const QString &workflowName, const EngineRequest &request) const;
    // For one record when `recordId` is given; otherwise for the type as a
    // whole, which may depend on each record's privacy rules.
    AccessAnswer dataOperation(const QString &typeName, DataApiGate::Operation operation,
                               const Principal &principal, const QString &recordId = {}) const;
    // The same for a request's token, in the engine's order: the route,
    // then the token, then the rest.
    AccessAnswer dataOperation(const QString &typeName, DataApiGate::Operation operation,
                               const EngineRequest &request, const QString &recordId = {}) const;

private:
    // The route of a workflow call: the workflow when it is exposed.
    const Workflow *resolveWorkflow(const QString &workflowName, Trace &trace) const;
    AccessAnswer forType(const DataType &type, DataApiGate::Operation operation,
                         const Principal &principal) const;
    static Route routeFor(const DataType &type, DataApiGate::Operation operation,
                          const QString &recordId);
    static QByteArray methodFor(DataApiGate::Operation operation);
    static AccessAnswer forRecord(const DataType &type, DataApiGate::Operation operation,
                                  const Principal &principal, const RecordAccess &access);
    static AccessAnswer fromTrace(const Trace &trace, bool allowed);

    const Project &m_project;
    const DataStore &m_store;
    const Clock &m_clock;
};

} // namespace gatehouse
