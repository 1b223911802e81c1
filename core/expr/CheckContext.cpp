#include "CheckContext.h"

#include "ExprDiagnostic.h"

using namespace Qt::Literals::StringLiterals;

namespace gatehouse::expr {

CheckContext CheckContext::privacyRule(const QString &typeName)
{
    CheckContext context;
    context.place = Place::PrivacyRuleCondition;
    context.thisType = typeName;
    context.expected = ValueType::yesNo();
    context.expectedBy = u"a privacy rule's condition"_s;
    return context;
}

CheckContext CheckContext::workflowCondition(const Workflow &workflow)
{
    CheckContext context;
    context.place = Place::WorkflowCondition;
    context.hasParameters = true;
    context.parameters = workflow.parameters;
    context.expected = ValueType::yesNo();
    context.expectedBy = u"a condition"_s;
    return context;
}

CheckContext CheckContext::inStep(const Workflow &workflow, int stepIndex, Place place)
{
    CheckContext context;
    context.place = place;
    context.hasParameters = true;
    context.parameters = workflow.parameters;
    context.previousSteps = workflow.actions.mid(0, std::max(0, stepIndex));
    return context;
}

CheckContext CheckContext::actionCondition(const Workflow &workflow, int stepIndex)
{
    CheckContext context = inStep(workflow, stepIndex, Place::ActionCondition);
    context.expected = ValueType::yesNo();
    context.expectedBy = u"a condition"_s;
    return context;
}

CheckContext CheckContext::assignment(const Project &project, const Workflow &workflow,
                                      int stepIndex, const QString &key)
{
    CheckContext context = inStep(workflow, stepIndex, Place::AssignmentValue);
    if (stepIndex < 0 || stepIndex >= workflow.actions.size())
        return context;
    const Action &action = workflow.actions.at(stepIndex);
    if (action.kind == ActionKind::MakeChangesToList)
        context.thisType = action.dataType;
    context.expected = assignmentType(project, action, key, context.expectedBy);
    return context;
}

std::optional<ValueType> CheckContext::assignmentType(const Project &project, const Action &action,
                                                      const QString &key, QString &expectedBy)
{
    switch (action.kind) {
    case ActionKind::CreateThing:
    case ActionKind::MakeChanges:
    case ActionKind::MakeChangesToList: {
        const DataType *type = project.findDataType(action.dataType);
        const Field *field = type ? type->findField(key) : nullptr;
        expectedBy = u"field "_s + tick(key);
        return field ? std::optional(ValueType::of(field->type)) : std::nullopt;
    }
    case ActionKind::LogIn:
    case ActionKind::SignUp:
    case ActionKind::SendEmail:
        expectedBy = tick(key);
        return key == u"stay_logged_in"_s ? ValueType::yesNo() : ValueType::text();
    case ActionKind::ScheduleWorkflow: {
        const Workflow *scheduled = project.findWorkflow(action.workflow);
        const Parameter *parameter = scheduled ? scheduled->findParameter(key) : nullptr;
        expectedBy = u"parameter "_s + tick(key);
        return parameter ? std::optional(ValueType::of(parameter->type)) : std::nullopt;
    }
    default:
        return std::nullopt;
    }
}

CheckContext CheckContext::target(const Workflow &workflow, int stepIndex)
{
    CheckContext context = inStep(workflow, stepIndex, Place::ActionTarget);
    if (stepIndex < 0 || stepIndex >= workflow.actions.size())
        return context;
    const Action &action = workflow.actions.at(stepIndex);
    const ValueType thing = ValueType::thing(action.dataType);
    switch (action.kind) {
    case ActionKind::MakeChanges:
    case ActionKind::DeleteThing:
        context.expected = thing;
        break;
    case ActionKind::MakeChangesToList:
    case ActionKind::DeleteList:
        context.expected = ValueType::listOf(thing);
        break;
    case ActionKind::ScheduleWorkflow:
        context.expected = ValueType::date();
        break;
    default:
        break;
    }
    context.expectedBy = u"the "_s + action.info().targetLabel.toLower();
    return context;
}

} // namespace gatehouse::expr
