#pragma once

#include "model/Diagnostic.h"
#include "model/Project.h"

namespace gatehouse {

// Turns a validator diagnostic's location ("workflow `signup`, step 2") into
// the JSON path of the config that holds it ("$.workflows[1].actions[1]"),
// so an import error points into the file. A location it cannot place maps
// to the root, `$`.
class ConfigDiagnosticLocator
{
public:
    static QString pathOf(const Project &project, const Diagnostic &diagnostic);

private:
    static QString dataTypePath(const Project &project, const Diagnostic &diagnostic);
    static QString workflowPath(const Project &project, const Diagnostic &diagnostic);
    static QString tokenPath(const Project &project, const Diagnostic &diagnostic);
    static QString recordPath(const Project &project, const Diagnostic &diagnostic);
    static QString savedRequestPath(const Project &project, const Diagnostic &diagnostic);
    static QString acceptedFindingPath(const Project &project, const Diagnostic &diagnostic);
};

} // namespace gatehouse
