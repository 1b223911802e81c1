#include "ProjectDiagnosis.h"

#include "ProjectExpressionChecker.h"

#include "model/ProjectValidator.h"

#include <algorithm>

namespace gatehouse::expr {

Diagnostics ProjectDiagnosis::of(const Project &project)
{
    Diagnostics diagnostics = ProjectValidator::validate(project);
    if (diagnostics.isEmpty())
        diagnostics = ProjectExpressionChecker::check(project);
    return diagnostics;
}

int ProjectDiagnosis::errorCount(const Diagnostics &diagnostics)
{
    return int(std::count_if(diagnostics.begin(), diagnostics.end(),
                             [](const Diagnostic &d) { return d.isError(); }));
}

} // namespace gatehouse::expr
