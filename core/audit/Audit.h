#pragma once

#include "AuditEnvironment.h"
#include "AuditReport.h"

#include "model/Project.h"

namespace gatehouse::audit {

// The security audit: every check, run over one project. Side-effect free;
// what callers may reach comes from the engine (AccessQuestion).
class Audit
{
public:
    static const QList<AuditCheck> &checks();
    static AuditReport run(const Project &project, const AuditEnvironment &environment = {});

private:
    // Marks each finding the project accepts with the reviewer's reason.
    static void markAccepted(const Project &project, QList<Finding> &findings);
};

} // namespace gatehouse::audit
