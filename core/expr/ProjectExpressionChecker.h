#pragma once

#include "CheckContext.h"

#include "model/Diagnostic.h"
#include "model/Project.h"

namespace gatehouse::expr {

// Checks every expression of a project: workflow and step conditions, step
// targets, assigned values and privacy-rule conditions. Each diagnostic's
// location names where the expression sits; its position and length point
// into that expression.
class ProjectExpressionChecker
{
public:
    static Diagnostics check(const Project &project);

private:
    static void checkWorkflow(const Project &project, const Workflow &workflow, Diagnostics &out);
    static void checkOne(const Project &project, const CheckContext &context, const QString &source,
                         const QString &location, Diagnostics &out, bool mayBeEmpty = true);
};

} // namespace gatehouse::expr
