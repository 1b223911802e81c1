#include "Reachability.h"

using namespace Qt::Literals::StringLiterals;

namespace gatehouse {

QString Reachability::workflowUnreachable(const ProjectSettings &settings, const Workflow &workflow)
{
    if (!settings.workflowApiEnabled)
        return u"the Workflow API is turned off in the project's settings"_s;
    if (!workflow.exposed)
        return u"workflow `%1` is not exposed as a public API workflow"_s.arg(workflow.name);
    return {};
}

bool Reachability::dataTypeReachable(const ProjectSettings &settings, const DataType &type)
{
    return settings.dataApiEnabled && settings.dataApiTypes.contains(type.name);
}

const DataType *Reachability::dataApiType(const Project &project, const QString &apiName)
{
    const DataType *found = nullptr;
    for (const DataType &candidate : project.dataTypes) {
        if (candidate.apiName() == apiName && dataTypeReachable(project.settings, candidate))
            found = &candidate;
    }
    return found;
}

} // namespace gatehouse
