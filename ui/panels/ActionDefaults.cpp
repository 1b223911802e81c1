#include "ActionDefaults.h"

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace gatehouse {

namespace {

QString firstOwnType(const Project &project)
{
    for (const DataType &type : project.dataTypes) {
        if (!type.isUser())
            return type.name;
    }
    return DataType::userTypeName();
}

QString otherWorkflow(const Project &project, int workflowIndex)
{
    for (int i = 0; i < project.workflows.size(); ++i) {
        if (i != workflowIndex)
            return project.workflows.at(i).name;
    }
    return project.workflows.value(workflowIndex).name;
}

} // namespace

Action ActionDefaults::make(ActionKind kind, const Project &project, int workflowIndex)
{
    Action action;
    action.kind = kind;
    const ActionKindInfo &info = action.info();
    if (info.usesDataType)
        action.dataType = firstOwnType(project);
    if (info.usesWorkflow) {
        action.workflow = otherWorkflow(project, workflowIndex);
        action.target = u"Current date/time"_s;
    } else if (!info.targetLabel.isEmpty()) {
        const bool list = kind == ActionKind::MakeChangesToList || kind == ActionKind::DeleteList;
        action.target = list ? u"Search for %1s"_s.arg(action.dataType)
                             : u"Search for %1s:first item"_s.arg(action.dataType);
    }
    const Workflow workflow = project.workflows.value(workflowIndex);
    for (const QString &key : info.requiredKeys) {
        // A parameter of the same key is almost always what the builder means.
        action.assignments.append({key, workflow.findParameter(key) ? key : u"\"\""_s});
    }
    return action;
}

Assignment ActionDefaults::newAssignment(const Action &action, const Project &project)
{
    const auto taken = [&action](const QString &key) {
        return std::any_of(action.assignments.begin(), action.assignments.end(),
                           [&](const Assignment &a) { return a.key == key; });
    };
    QStringList bound; // the keys the step's kind accepts, when it is choosy
    const ActionKindInfo &info = action.info();
    if (const DataType *type = project.findDataType(action.dataType); type && info.usesDataType) {
        for (const Field &field : type->fields)
            bound.append(field.name);
    } else if (const Workflow *scheduled = project.findWorkflow(action.workflow);
               scheduled && info.usesWorkflow) {
        for (const Parameter &parameter : scheduled->parameters)
            bound.append(parameter.key);
    }
    for (const QString &key : std::as_const(bound)) {
        if (!taken(key))
            return {key, u"empty"_s};
    }
    QString key = u"key"_s;
    for (int n = 2; taken(key); ++n)
        key = u"key_%1"_s.arg(n);
    return {key, u"\"\""_s};
}

} // namespace gatehouse
