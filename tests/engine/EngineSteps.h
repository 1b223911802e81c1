#pragma once

#include "model/Project.h"

// Workflows and steps the engine tests add to the demo project.
namespace steps {

inline gatehouse::Action make(gatehouse::ActionKind kind,
                              QList<gatehouse::Assignment> assignments = {},
                              const QString &condition = {})
{
    gatehouse::Action action;
    action.kind = kind;
    action.assignments = std::move(assignments);
    action.condition = condition;
    return action;
}

inline gatehouse::Action onTransaction(gatehouse::ActionKind kind, const QString &target,
                                       QList<gatehouse::Assignment> assignments = {})
{
    gatehouse::Action action = make(kind, std::move(assignments));
    action.dataType = QStringLiteral("Transaction");
    action.target = target;
    return action;
}

// A step that always fails: a text where a number goes.
inline gatehouse::Action failing()
{
    return onTransaction(gatehouse::ActionKind::CreateThing, {},
                         {{QStringLiteral("amount"), QStringLiteral("\"not a number\"")}});
}

inline gatehouse::Workflow &add(gatehouse::Project &project, const QString &name,
                                gatehouse::AuthMode mode, QList<gatehouse::Action> actions,
                                QList<gatehouse::Parameter> parameters = {})
{
    gatehouse::Workflow workflow;
    workflow.name = name;
    workflow.authentication = mode;
    workflow.actions = std::move(actions);
    workflow.parameters = std::move(parameters);
    project.workflows.append(workflow);
    return project.workflows.last();
}

} // namespace steps
