#include "ActionEdits.h"

using namespace Qt::Literals::StringLiterals;

namespace gatehouse {

namespace {

Result<Workflow> workflowAt(const Project &project, int index)
{
    if (index < 0 || index >= project.workflows.size())
        return Error{u"no workflow at position %1"_s.arg(index + 1)};
    return project.workflows.at(index);
}

Error noStep(int actionIndex)
{
    return Error{u"no step %1 in this workflow"_s.arg(actionIndex + 1)};
}

} // namespace

const Action *ActionEdits::find(const Project &project, int workflowIndex, int actionIndex)
{
    if (workflowIndex < 0 || workflowIndex >= project.workflows.size())
        return nullptr;
    const auto &actions = project.workflows.at(workflowIndex).actions;
    if (actionIndex < 0 || actionIndex >= actions.size())
        return nullptr;
    return &actions.at(actionIndex);
}

Result<> ActionEdits::insert(ProjectDocument &document, int workflowIndex, int actionIndex,
                             const Action &action)
{
    Result<Workflow> workflow = workflowAt(document.project(), workflowIndex);
    if (!workflow)
        return workflow.error();
    if (actionIndex < 0 || actionIndex > workflow->actions.size())
        return noStep(actionIndex);
    workflow.value().actions.insert(actionIndex, action);
    return document.replaceWorkflow(workflowIndex, *workflow);
}

Result<> ActionEdits::remove(ProjectDocument &document, int workflowIndex, int actionIndex)
{
    Result<Workflow> workflow = workflowAt(document.project(), workflowIndex);
    if (!workflow)
        return workflow.error();
    if (actionIndex < 0 || actionIndex >= workflow->actions.size())
        return noStep(actionIndex);
    workflow.value().actions.removeAt(actionIndex);
    return document.replaceWorkflow(workflowIndex, *workflow);
}

Result<> ActionEdits::move(ProjectDocument &document, int workflowIndex, int from, int to)
{
    Result<Workflow> workflow = workflowAt(document.project(), workflowIndex);
    if (!workflow)
        return workflow.error();
    const auto size = workflow->actions.size();
    if (from < 0 || from >= size)
        return noStep(from);
    if (to < 0 || to >= size)
        return noStep(to);
    workflow.value().actions.move(from, to);
    return document.replaceWorkflow(workflowIndex, *workflow);
}

} // namespace gatehouse
