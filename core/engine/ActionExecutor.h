#pragma once

#include "AccountActions.h"
#include "DataApiGate.h"
#include "RunState.h"

namespace gatehouse {

// Runs one action step of a workflow against the store. Privacy rules limit
// what searches find; they do not stop an action on a thing it was given
// (as in Bubble: pitfall P20, which the audit flags). A token's data scope
// limits every step (ScopeCeiling).
class ActionExecutor
{
public:
    ActionExecutor(const Project &project, DataStore &store, const Clock &clock);

    StepOutcome execute(const Action &action, RunState &state);

private:
    StepOutcome createThing(const Action &action, RunState &state);
    StepOutcome changeThings(const Action &action, RunState &state, bool list);
    StepOutcome deleteThings(const Action &action, RunState &state, bool list);
    StepOutcome account(const Action &action, RunState &state);
    StepOutcome logOut(RunState &state);
    StepOutcome sendEmail(const Action &action, RunState &state);
    StepOutcome schedule(const Action &action, RunState &state);
    StepOutcome returnData(const Action &action, RunState &state);

    // Evaluates an expression; `problem` is set when it errs.
    expr::Value evaluate(const QString &source, RunState &state, QString *problem) const;
    QString assignFields(const Action &action, const DataType &type, RunState &state,
                         Record &record) const;
    static QString outOfScope(const RunState &state, const QString &type,
                              DataApiGate::Operation operation);
    QList<Record> targets(const Action &action, RunState &state, bool list, QString *problem) const;

    const Project &m_project;
    DataStore &m_store;
    const Clock &m_clock;
};

} // namespace gatehouse
