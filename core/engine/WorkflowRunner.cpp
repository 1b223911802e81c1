#include "WorkflowRunner.h"

#include "BubbleResponses.h"

#include "expr/Evaluator.h"

using namespace Qt::Literals::StringLiterals;

namespace gatehouse {

using Stage = TraceStep::Stage;
using Verdict = TraceStep::Verdict;

WorkflowRunner::WorkflowRunner(const Project &project, DataStore &store, const PrivacyGate &privacy,
                               const Clock &clock)
    : m_project(project), m_store(store), m_privacy(privacy), m_clock(clock)
{
}

EngineResponse WorkflowRunner::run(const Workflow &workflow, const QJsonObject &parameters,
                                   const Principal &principal, Trace &trace)
{
    const QString subject = u"workflow `%1`"_s.arg(workflow.name);
    EngineDataSource data(m_project, m_store, &m_privacy, m_clock);
    data.setPrincipal(principal);
    data.setPrivacyMode(PrivacyModes::forRun(m_project.settings, workflow, principal));
    data.setParameters(parameters, workflow.parameters);
    if (const auto fails = conditionFails(workflow.condition, data)) {
        trace.add(Stage::Condition, Verdict::Refused, *fails, subject,
                  TraceRef::condition(workflow.name));
        EngineResponse response =
            BubbleResponses::notRun(workflow.return200IfConditionNotMet ? 200 : 400, workflow.name);
        response.trace = trace;
        return response;
    }
    trace.add(Stage::Condition, Verdict::Passed,
              workflow.condition.isEmpty() ? u"the workflow has no condition"_s
                                           : u"`%1` holds"_s.arg(workflow.condition),
              subject, TraceRef::condition(workflow.name));
    RunState state{workflow, data, trace, {}, false};
    if (auto failure = runSteps(state)) {
        failure->trace = trace;
        return *failure;
    }
    trace.add(Stage::Response, Verdict::Passed,
              u"success with %1 key(s) in the response"_s.arg(state.response.size()), subject,
              TraceRef::workflowNamed(workflow.name));
    EngineResponse response = BubbleResponses::workflowSuccess(state.response);
    response.trace = trace;
    return response;
}

std::optional<QString> WorkflowRunner::conditionFails(const QString &condition,
                                                      EngineDataSource &data) const
{
    if (condition.trimmed().isEmpty())
        return std::nullopt;
    expr::Evaluator evaluator(m_project, data);
    const expr::ConditionOutcome outcome = evaluator.evaluateCondition(condition);
    if (outcome.met)
        return std::nullopt;
    if (outcome.error)
        return u"`%1` could not be decided, so it does not hold: %2"_s.arg(condition,
                                                                           outcome.error->message);
    return u"`%1` does not hold"_s.arg(condition);
}

std::optional<EngineResponse> WorkflowRunner::runSteps(RunState &state)
{
    ActionExecutor executor(m_project, m_store, m_clock);
    const QList<Action> &actions = state.workflow.actions;
    for (int i = 0; i < actions.size() && !state.ended; ++i) {
        const Action &action = actions.at(i);
        const QString subject = u"workflow `%1`, step %2 (%3)"_s.arg(state.workflow.name)
                                    .arg(i + 1)
                                    .arg(action.info().displayName);
        if (const auto fails = conditionFails(action.condition, state.data)) {
            state.trace.add(Stage::Action, Verdict::Skipped, *fails, subject,
                            TraceRef::stepOf(state.workflow.name, i, true));
            continue;
        }
        const StepOutcome outcome = executor.execute(action, state);
        if (!outcome.problem.isEmpty()) {
            state.trace.add(Stage::Action, Verdict::Failed,
                            outcome.problem + u"; every step is rolled back"_s, subject,
                            TraceRef::stepOf(state.workflow.name, i, false));
            if (outcome.refusal)
                return outcome.refusal;
            return BubbleResponses::statusBody(
                400, u"ERROR"_s,
                u"Workflow %1 failed at step %2: %3"_s.arg(state.workflow.name)
                    .arg(i + 1)
                    .arg(outcome.problem));
        }
        state.data.setStepResult(i + 1, outcome.result);
        state.trace.add(Stage::Action, Verdict::Passed, outcome.summary, subject,
                        TraceRef::stepOf(state.workflow.name, i, false));
    }
    return std::nullopt;
}

} // namespace gatehouse
