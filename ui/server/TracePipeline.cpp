#include "TracePipeline.h"

namespace gatehouse {

using Stage = TraceStep::Stage;

namespace {
constexpr Stage kOrder[] = {Stage::Route,      Stage::Authenticate, Stage::Authorize,
                            Stage::Parameters, Stage::Condition,    Stage::Action,
                            Stage::Privacy,    Stage::Response};
}

QList<TracePipeline::Step> TracePipeline::of(const Trace &trace)
{
    QList<Step> steps;
    bool stopped = false;
    for (const Stage stage : kOrder) {
        bool found = false;
        bool stopsHere = false;
        for (const TraceStep &traced : trace.steps()) {
            if (traced.stage != stage)
                continue;
            found = true;
            Step step{stage, stateOf(traced.verdict), stageTitle(stage), traced.reason, traced.ref};
            if (stage == Stage::Action && traced.ref.step >= 0)
                step.title = tr("Step %1").arg(traced.ref.step + 1);
            stopsHere = stopsHere || step.state == State::Refused;
            steps.append(step);
        }
        if (!found) {
            const QString why = stopped ? tr("not reached: the request was stopped before")
                                        : tr("not part of this call");
            steps.append({stage, State::NotReached, stageTitle(stage), why, {}});
        }
        stopped = stopped || stopsHere;
    }
    return steps;
}

QString TracePipeline::stageTitle(Stage stage)
{
    switch (stage) {
    case Stage::Route:
        return tr("Route");
    case Stage::Authenticate:
        return tr("Authenticate");
    case Stage::Authorize:
        return tr("Authorize");
    case Stage::Parameters:
        return tr("Parameters");
    case Stage::Condition:
        return tr("Only when");
    case Stage::Action:
        return tr("Actions");
    case Stage::Privacy:
        return tr("Privacy rules");
    case Stage::Response:
        return tr("Response");
    }
    return {};
}

QString TracePipeline::stateText(State state)
{
    switch (state) {
    case State::Passed:
        return tr("passed");
    case State::Refused:
        return tr("refused");
    case State::Skipped:
        return tr("skipped");
    case State::NotReached:
        return tr("not reached");
    }
    return {};
}

TracePipeline::State TracePipeline::stateOf(TraceStep::Verdict verdict)
{
    switch (verdict) {
    case TraceStep::Verdict::Passed:
        return State::Passed;
    case TraceStep::Verdict::Skipped:
        return State::Skipped;
    case TraceStep::Verdict::Refused:
    case TraceStep::Verdict::Failed:
        return State::Refused;
    }
    return State::Refused; // fail closed: an unknown verdict stopped it
}

} // namespace gatehouse
