#pragma once

#include "ActionExecutor.h"
#include "EngineResponse.h"
#include "PrivacyGate.h"

#include <QJsonObject>

namespace gatehouse {

// Steps 5 to 7 for a workflow: its "only when", then each action behind its
// own condition, then the response. The caller owns the transaction: a
// failed step fails the request, and the caller rolls every step back.
class WorkflowRunner
{
public:
    WorkflowRunner(const Project &project, DataStore &store, const PrivacyGate &privacy,
                   const Clock &clock);

    EngineResponse run(const Workflow &workflow, const QJsonObject &parameters,
                       const Principal &principal, Trace &trace);

private:
    // nullopt when the condition holds; otherwise the reason it does not.
    std::optional<QString> conditionFails(const QString &condition, EngineDataSource &data) const;
    std::optional<EngineResponse> runSteps(RunState &state);

    const Project &m_project;
    DataStore &m_store;
    const PrivacyGate &m_privacy;
    const Clock &m_clock;
};

} // namespace gatehouse
