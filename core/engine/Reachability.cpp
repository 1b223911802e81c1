#include "Reachability.h"

#include "DataApiTypeIndex.h"

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

// Found by an index of the project's exposed types (built once per project:
// tst_dataapitypeindex compares it with a scan of every type).
const DataType *Reachability::dataApiType(const Project &project, const QString &apiName)
{
    if (!project.settings.dataApiEnabled)
        return nullptr;
    return DataApiTypeIndex::of(project)->find(project, apiName);
}

} // namespace gatehouse
