#include "WorkflowValidator.h"

#include "NameRules.h"
#include "ProjectValidator.h"

#include <QSet>

using namespace Qt::Literals::StringLiterals;

namespace gatehouse {

void WorkflowValidator::validate(const ProjectIndex &project, Diagnostics &out)
{
    QSet<QString> names;
    for (int index = 0; index < project.project().workflows.size(); ++index) {
        const Workflow &workflow = project.project().workflows.at(index);
        const qsizetype first = out.size();
        const QString where = u"workflow "_s + quoted(workflow.name);
        if (!NameRules::isUrlSafe(workflow.name))
            addError(out, u"invalid-name"_s, where,
                     u"a workflow name is part of its URL: use only letters, digits, `_` and `-`"_s,
                     u"for example `create_transaction`"_s);
        // Unique without regard to case, so two URLs never differ by case alone.
        if (names.contains(workflow.name.toLower()))
            addError(out, u"duplicate-name"_s, where, u"another workflow already has this name"_s);
        names.insert(workflow.name.toLower());
        placeFrom(out, first, index, -1, u"name"_s);
        checkWorkflow(project, workflow, out);
        placeFrom(out, first, index);
    }
}

void WorkflowValidator::checkWorkflow(const ProjectIndex &project, const Workflow &workflow,
                                      Diagnostics &out)
{
    const QString where = u"workflow "_s + quoted(workflow.name);
    const qsizetype first = out.size();
    if (workflow.method == HttpMethod::Get &&
        workflow.parameterSource != ParameterSource::Querystring)
        addError(out, u"invalid-value"_s, where,
                 u"a workflow triggered by GET takes its parameters from the querystring"_s);
    placeFrom(out, first, -1, -1, u"trigger"_s);
    checkParameters(project, workflow, out);
    for (int i = 0; i < workflow.actions.size(); ++i) {
        const qsizetype before = out.size();
        checkAction(project, workflow.actions.at(i), where + u", step %1"_s.arg(i + 1), out);
        placeFrom(out, before, -1, i);
    }
}

void WorkflowValidator::checkParameters(const ProjectIndex &project, const Workflow &workflow,
                                        Diagnostics &out)
{
    QSet<QString> keys;
    for (const Parameter &parameter : workflow.parameters) {
        const qsizetype first = out.size();
        const QString where =
            u"workflow %1, parameter %2"_s.arg(quoted(workflow.name), quoted(parameter.key));
        if (!NameRules::isUrlSafe(parameter.key))
            addError(out, u"invalid-name"_s, where,
                     u"a parameter key may hold only letters, digits, `_` and `-`"_s);
        if (keys.contains(parameter.key))
            addError(out, u"duplicate-name"_s, where,
                     u"the workflow has two parameters of this key"_s);
        keys.insert(parameter.key);
        if (parameter.type.kind == FieldKind::Reference &&
            !project.findDataType(parameter.type.referencedType))
            addError(out, u"dangling-reference"_s, where,
                     u"refers to data type %1, which does not exist"_s.arg(
                         quoted(parameter.type.referencedType)));
        placeFrom(out, first, -1, -1, u"parameter"_s, parameter.key);
    }
}

void WorkflowValidator::checkAction(const ProjectIndex &project, const Action &action,
                                    const QString &where, Diagnostics &out)
{
    const ActionKindInfo &info = action.info();
    qsizetype first = out.size();
    if (info.usesDataType && !project.findDataType(action.dataType))
        addError(out, action.dataType.isEmpty() ? u"missing-value"_s : u"dangling-reference"_s,
                 where,
                 action.dataType.isEmpty()
                     ? u"%1 needs a data type"_s.arg(info.displayName)
                     : u"uses data type %1, which does not exist"_s.arg(quoted(action.dataType)));
    placeFrom(out, first, -1, -1, u"data type"_s);
    first = out.size();
    if (info.usesWorkflow && !project.findWorkflow(action.workflow))
        addError(
            out, action.workflow.isEmpty() ? u"missing-value"_s : u"dangling-reference"_s, where,
            action.workflow.isEmpty()
                ? u"%1 needs a workflow to schedule"_s.arg(info.displayName)
                : u"schedules workflow %1, which does not exist"_s.arg(quoted(action.workflow)));
    placeFrom(out, first, -1, -1, u"workflow"_s);
    first = out.size();
    const bool targetNeeded =
        !info.targetLabel.isEmpty() && info.kind != ActionKind::ScheduleWorkflow;
    if (targetNeeded && action.target.trimmed().isEmpty())
        addError(out, u"missing-value"_s, where,
                 u"%1 needs a value for %2"_s.arg(info.displayName, info.targetLabel.toLower()));
    placeFrom(out, first, -1, -1, u"target"_s);
    first = out.size();
    checkAssignmentKeys(project, action, where, out);
    placeFrom(out, first, -1, -1, u"value"_s);
}

void WorkflowValidator::checkAssignmentKeys(const ProjectIndex &project, const Action &action,
                                            const QString &where, Diagnostics &out)
{
    const ActionKindInfo &info = action.info();
    QSet<QString> keys;
    for (const Assignment &assignment : action.assignments) {
        if (assignment.key.isEmpty())
            addError(out, u"empty-name"_s, where, u"a value has no key"_s);
        if (keys.contains(assignment.key))
            addError(out, u"duplicate-name"_s, where,
                     u"key %1 is given twice"_s.arg(quoted(assignment.key)));
        keys.insert(assignment.key);
        if (!info.freeAssignments && !info.fixedKeys.contains(assignment.key))
            addError(out, u"unknown-key"_s, where,
                     u"%1 takes no value %2"_s.arg(info.displayName, quoted(assignment.key)),
                     u"it takes: "_s + info.fixedKeys.join(u", "_s));
    }
    for (const QString &required : info.requiredKeys) {
        if (!keys.contains(required))
            addError(out, u"missing-value"_s, where,
                     u"%1 needs a value for %2"_s.arg(info.displayName, quoted(required)));
    }
    const DataType *type = project.findDataType(action.dataType);
    const bool setsFields = action.kind == ActionKind::CreateThing ||
                            action.kind == ActionKind::MakeChanges ||
                            action.kind == ActionKind::MakeChangesToList;
    if (setsFields && type) {
        for (const Assignment &assignment : action.assignments) {
            if (!type->findField(assignment.key))
                addError(out, u"dangling-reference"_s, where,
                         u"sets field %1, which %2 does not have"_s.arg(quoted(assignment.key),
                                                                        quoted(type->name)));
        }
    }
    const Workflow *scheduled = project.findWorkflow(action.workflow);
    if (action.kind == ActionKind::ScheduleWorkflow && scheduled) {
        for (const Assignment &assignment : action.assignments) {
            if (!scheduled->findParameter(assignment.key))
                addError(out, u"dangling-reference"_s, where,
                         u"passes parameter %1, which workflow %2 does not take"_s.arg(
                             quoted(assignment.key), quoted(scheduled->name)));
        }
    }
}

} // namespace gatehouse
