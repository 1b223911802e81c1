#pragma once

#include "engine/Trace.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace gatehouse {

// A trace laid out as the pipeline it went through: route, authenticate,
// authorize, parameters, condition, each action, privacy filtering and the
// response, always in that order. A stage the request never reached (it
// was stopped before) or that this kind of call has not (a Data API call
// has no "only when") is a neutral step that says so.
class TracePipeline
{
    Q_DECLARE_TR_FUNCTIONS(TracePipeline)

public:
    enum class State
    {
        Passed,
        Refused, // refused or failed: what stopped the request
        Skipped, // reached, and passed over (a step whose "only when" failed)
        NotReached
    };
    struct Step
    {
        TraceStep::Stage stage = TraceStep::Stage::Route;
        State state = State::NotReached;
        QString title;  // "Authorize", "Step 2", "Privacy rules"
        QString reason; // in words
        TraceRef ref;   // what decided it; none for a stage not reached

        bool operator==(const Step &) const = default;
    };

    static QList<Step> of(const Trace &trace);
    static QString stageTitle(TraceStep::Stage stage);
    static QString stateText(State state);

private:
    static State stateOf(TraceStep::Verdict verdict);
};

} // namespace gatehouse
