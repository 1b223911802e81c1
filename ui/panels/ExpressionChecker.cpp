#include "ExpressionChecker.h"

#include "expr/Checker.h"
#include "expr/Keywords.h"
#include "expr/Schema.h"

using namespace Qt::Literals::StringLiterals;

namespace gatehouse {

std::optional<expr::CheckContext> ExpressionChecker::checkContext(const Context &context)
{
    if (context.place == Place::PrivacyRuleCondition)
        return context.project && context.project->findDataType(context.dataType)
                   ? std::optional(expr::CheckContext::privacyRule(context.dataType))
                   : std::nullopt;
    if (!context.project || context.workflow < 0 ||
        context.workflow >= context.project->workflows.size())
        return std::nullopt;
    const Workflow &workflow = context.project->workflows.at(context.workflow);
    switch (context.place) {
    case Place::WorkflowCondition:
        return expr::CheckContext::workflowCondition(workflow);
    case Place::ActionCondition:
        return expr::CheckContext::actionCondition(workflow, context.action);
    case Place::ActionTarget:
        return expr::CheckContext::target(workflow, context.action);
    case Place::AssignmentValue:
        return expr::CheckContext::assignment(*context.project, workflow, context.action,
                                              context.key);
    case Place::PrivacyRuleCondition:
        break;
    }
    return std::nullopt;
}

Diagnostics ExpressionChecker::check(const QString &text, const Context &context)
{
    // An empty condition means "always"; an empty target is the validator's
    // business, reported when the step is changed.
    const auto where = checkContext(context);
    if (text.trimmed().isEmpty() || !where)
        return {};
    return expr::Checker::checkText(*context.project, *where, text).diagnostics;
}

std::optional<expr::ValueType> ExpressionChecker::typeOf(const QString &text,
                                                         const Context &context)
{
    auto where = checkContext(context);
    if (text.trimmed().isEmpty() || !where)
        return std::nullopt;
    where->expected.reset(); // a source need not be what the whole needs
    const expr::CheckResult result = expr::Checker::checkText(*context.project, *where, text);
    if (!result.diagnostics.isEmpty())
        return std::nullopt;
    return result.type;
}

std::optional<expr::ValueType> ExpressionChecker::expectedType(const Context &context)
{
    const auto where = checkContext(context);
    return where ? where->expected : std::nullopt;
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
    if (const DataType *rulesType = project.findDataType(context.dataType);
        rulesType && context.place == Place::PrivacyRuleCondition) {
        const QString self = u"This "_s + expr::Keywords::writeName(rulesType->name);
        words.append(self);
        for (const Field &field : rulesType->fields)
            words.append(u"%1's %2"_s.arg(self, expr::Keywords::writeName(field.name)));
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

QList<ExpressionChecker::Source> ExpressionChecker::sources(const Context &context)
{
    QList<Source> out;
    const auto where = checkContext(context);
    if (!where)
        return out;
    for (const Parameter &parameter : where->parameters) {
        const QString text = expr::Keywords::writeParameter(parameter.key);
        out.append({text, text, expr::ValueType::of(parameter.type)});
    }
    if (!where->thisType.isEmpty()) {
        const QString self = u"This "_s + expr::Keywords::writeName(where->thisType);
        out.append({self, self, expr::ValueType::thing(where->thisType)});
    }
    out.append(
        {u"Current User"_s, u"Current User"_s, expr::ValueType::thing(DataType::userTypeName())});
    out.append({u"Current date/time"_s, u"Current date/time"_s, expr::ValueType::date()});
    for (qsizetype step = 0; step < where->previousSteps.size(); ++step) {
        const auto type = expr::Schema::stepResultType(where->previousSteps.at(step));
        const QString text = u"Result of step %1"_s.arg(step + 1);
        if (type)
            out.append({text, text, *type});
    }
    for (const DataType &type : context.project->dataTypes) {
        const QString text = u"Search for "_s + expr::Keywords::writeName(type.name + u's');
        out.append({text, text, expr::ValueType::listOf(expr::ValueType::thing(type.name))});
    }
    return out;
}

QList<ExpressionChecker::Source> ExpressionChecker::following(const Context &context,
                                                              const Source &from)
{
    QList<Source> out;
    const DataType *type = context.project && from.type.kind == expr::ValueType::Kind::Thing
                               ? context.project->findDataType(from.type.typeName)
                               : nullptr;
    if (from.type.isList) {
        out.append({from.text + u":count"_s, u":count"_s, expr::ValueType::number()});
        out.append({from.text + u":first item"_s, u":first item"_s, from.type.element()});
    }
    if (!type)
        return out;
    const auto append = [&](const QString &name, const FieldType &fieldType) {
        expr::ValueType valueType = expr::ValueType::of(fieldType);
        // A list's field is the list of each thing's field, as the checker has it.
        if (from.type.isList)
            valueType = expr::ValueType::listOf(valueType.element());
        const QString written = expr::Keywords::writeName(name);
        out.append({from.text + u"'s "_s + written, u"'s "_s + written, valueType});
    };
    for (const Field &field : type->fields)
        append(field.name, field.type);
    for (const QString &builtIn : DataType::builtInFieldNames()) {
        if (const auto builtInType = DataType::builtInFieldType(builtIn))
            append(builtIn, *builtInType);
    }
    return out;
}

} // namespace gatehouse
