#include "WorkflowFacts.h"

#include "ExpressionFacts.h"

namespace gatehouse::audit {

bool WorkflowFacts::isWrite(ActionKind kind)
{
    switch (kind) {
    case ActionKind::CreateThing:
    case ActionKind::MakeChanges:
    case ActionKind::MakeChangesToList:
    case ActionKind::DeleteThing:
    case ActionKind::DeleteList:
        return true;
    default:
        return false;
    }
}

bool WorkflowFacts::writes(const Project &project, const Workflow &workflow, QStringList &seen)
{
    seen << workflow.name;
    for (const Action &action : workflow.actions) {
        if (isWrite(action.kind))
            return true;
        if (action.kind != ActionKind::ScheduleWorkflow || seen.contains(action.workflow))
            continue;
        if (const Workflow *next = project.findWorkflow(action.workflow);
            next && writes(project, *next, seen))
            return true;
    }
    return false;
}

WorkflowFacts::WorkflowFacts(const Project &project, const Workflow &workflow)
    : m_workflow(workflow)
{
    for (int i = 0; i < workflow.actions.size(); ++i) {
        const Action &action = workflow.actions[i];
        QStringList seen{workflow.name};
        const Workflow *scheduled = action.kind == ActionKind::ScheduleWorkflow
                                        ? project.findWorkflow(action.workflow)
                                        : nullptr;
        if (isWrite(action.kind) ||
            (scheduled && !seen.contains(scheduled->name) && writes(project, *scheduled, seen)))
            m_writingSteps << i;
    }
}

bool WorkflowFacts::has(ActionKind kind) const
{
    for (const Action &action : m_workflow.actions) {
        if (action.kind == kind)
            return true;
    }
    return false;
}

bool WorkflowFacts::deletes() const
{
    return has(ActionKind::DeleteThing) || has(ActionKind::DeleteList);
}

bool WorkflowFacts::accountFlow() const
{
    return has(ActionKind::LogIn) || has(ActionKind::SignUp) || has(ActionKind::SendEmail);
}

bool WorkflowFacts::conditionsMentionCurrentUser() const
{
    if (ExpressionFacts(m_workflow.condition).mentionsCurrentUser())
        return true;
    for (const Action &action : m_workflow.actions) {
        if (ExpressionFacts(action.condition).mentionsCurrentUser())
            return true;
    }
    return false;
}

bool WorkflowFacts::takesThingParameter() const
{
    for (const Parameter &parameter : m_workflow.parameters) {
        if (parameter.type.kind == FieldKind::Reference)
            return true;
    }
    return false;
}

QList<int> WorkflowFacts::stepsActingOnThingParameter() const
{
    QList<int> steps;
    for (int i = 0; i < m_workflow.actions.size(); ++i) {
        const Action &action = m_workflow.actions[i];
        if (action.kind != ActionKind::MakeChanges && action.kind != ActionKind::DeleteThing)
            continue;
        const ExpressionFacts target(action.target);
        for (const Parameter &parameter : m_workflow.parameters) {
            if (parameter.type.kind == FieldKind::Reference &&
                target.mentionsParameter(parameter.key))
                steps << i;
        }
    }
    return steps;
}

bool WorkflowFacts::readsData() const
{
    if (takesThingParameter())
        return true;
    for (const Action &action : m_workflow.actions) {
        if (ExpressionFacts(action.target).searches())
            return true;
        for (const Assignment &assignment : action.assignments) {
            if (ExpressionFacts(assignment.value).searches())
                return true;
        }
    }
    return false;
}

} // namespace gatehouse::audit
