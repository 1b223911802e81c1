#pragma once

#include "EngineDataSource.h"
#include "EngineResponse.h"
#include "Trace.h"

#include <QJsonObject>

namespace gatehouse {

// What one run of a workflow carries from step to step.
struct RunState
{
    const Workflow &workflow;
    EngineDataSource &data;
    Trace &trace;
    QJsonObject response; // what the workflow returns under "response"
    bool ended = false;   // a "Return data" or "Terminate" step ran
};

// The result of one step: a value later steps read as `Result of step N`,
// or a problem that fails the whole request.
struct StepOutcome
{
    expr::Value result;
    QString problem;
    QString summary; // for the trace: "created Transaction `1x2`"
    // The answer to send instead of the generic step failure, e.g. a login
    // refused with Bubble's INVALID_LOGIN_CREDENTIALS.
    std::optional<EngineResponse> refusal;

    static StepOutcome failed(const QString &problem) { return {{}, problem, {}, {}}; }
    static StepOutcome done(const expr::Value &result, const QString &summary)
    {
        return {result, {}, summary, {}};
    }
};

} // namespace gatehouse
