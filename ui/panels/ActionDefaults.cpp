#include "ActionDefaults.h"

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

} // namespace gatehouse
