#include "ExpressionChecker.h"

#include "expr/Checker.h"

using namespace Qt::Literals::StringLiterals;

namespace gatehouse {

Diagnostics ExpressionChecker::check(const QString &text, const Context &context)
{
    // An empty condition means "always"; an empty target is the validator's
    // business, reported when the step is changed.
    if (text.trimmed().isEmpty() || !context.project || context.workflow < 0 ||
        context.workflow >= context.project->workflows.size())
        return {};
    const Workflow &workflow = context.project->workflows.at(context.workflow);
    expr::CheckContext where;
    switch (context.place) {
    case Place::WorkflowCondition:
        where = expr::CheckContext::workflowCondition(workflow);
        break;
    case Place::ActionCondition:
        where = expr::CheckContext::actionCondition(workflow, context.action);
        break;
    case Place::ActionTarget:
        where = expr::CheckContext::target(workflow, context.action);
        break;
    case Place::AssignmentValue:
        where =
            expr::CheckContext::assignment(*context.project, workflow, context.action, context.key);
        break;
    }
    return expr::Checker::checkText(*context.project, where, text).diagnostics;
}

QStringList ExpressionChecker::completions(const Context &context)
{
    QStringList words{u"Current User"_s, u"Current date/time"_s,
                      u"yes"_s,          u"no"_s,
                      u"is"_s,           u"is not"_s,
                      u"and"_s,          u"or"_s,
                      u"is empty"_s,     u"is not empty"_s};
    if (!context.project)
        return words;
    const Project &project = *context.project;
    if (context.workflow >= 0 && context.workflow < project.workflows.size()) {
        const Workflow &workflow = project.workflows.at(context.workflow);
        for (const Parameter &parameter : workflow.parameters)
            words.append(parameter.key);
        // A step sees the results of the steps before it; the workflow's
        // condition runs before any step.
        const int earlier = context.place == Place::WorkflowCondition
                                ? 0
                                : qBound(0, context.action, int(workflow.actions.size()));
        for (int step = 1; step <= earlier; ++step)
            words.append(u"Result of step %1"_s.arg(step));
    }
    for (const DataType &type : project.dataTypes) {
        words.append(u"Search for %1s"_s.arg(type.name));
        for (const Field &field : type.fields)
            words.append(type.isUser() ? u"Current User's %1"_s.arg(field.name) : field.name);
        for (const QString &builtIn : DataType::builtInFieldNames())
            words.append(builtIn);
    }
    words.removeDuplicates();
    return words;
}

namespace {
QList<QPair<QString, QString>> fieldsOf(const Project &project, const QString &typeName)
{
    QList<QPair<QString, QString>> fields;
    const DataType *type = project.findDataType(typeName);
    if (!type)
        return fields;
    for (const Field &field : type->fields)
        fields.append({field.name, field.type.displayName()});
    for (const QString &builtIn : DataType::builtInFieldNames()) {
        if (const auto builtInType = DataType::builtInFieldType(builtIn))
            fields.append({builtIn, builtInType->displayName()});
    }
    return fields;
}
} // namespace

QList<ExpressionChecker::Source> ExpressionChecker::sources(const Context &context)
{
    QList<Source> out;
    if (!context.project || context.workflow < 0 ||
        context.workflow >= context.project->workflows.size())
        return out;
    const Project &project = *context.project;
    const Workflow &workflow = project.workflows.at(context.workflow);
    for (const Parameter &parameter : workflow.parameters) {
        const bool thing = parameter.type.kind == FieldKind::Reference && !parameter.type.isList;
        out.append({parameter.key, parameter.type.displayName(),
                    thing ? fieldsOf(project, parameter.type.referencedType)
                          : QList<QPair<QString, QString>>{}});
    }
    out.append(
        {u"Current User"_s, DataType::userTypeName(), fieldsOf(project, DataType::userTypeName())});
    out.append({u"Current date/time"_s, FieldType::date().displayName(), {}});
    const int earlier = context.place == Place::WorkflowCondition
                            ? 0
                            : qBound(0, context.action, int(workflow.actions.size()));
    for (int step = 0; step < earlier; ++step) {
        const Action &action = workflow.actions.at(step);
        const bool thing = action.kind == ActionKind::CreateThing ||
                           action.kind == ActionKind::MakeChanges ||
                           action.kind == ActionKind::SignUp;
        out.append(
            {u"Result of step %1"_s.arg(step + 1), action.info().displayName,
             thing ? fieldsOf(project, action.kind == ActionKind::SignUp ? DataType::userTypeName()
                                                                         : action.dataType)
                   : QList<QPair<QString, QString>>{}});
    }
    return out;
}

} // namespace gatehouse
