#pragma once

#include "AuditEnvironment.h"
#include "AuditReport.h"

#include "model/Project.h"

#include <functional>
#include <optional>

namespace gatehouse::audit {

// The security audit: every check, run over one project. Side-effect free;
// what callers may reach comes from the engine (AccessQuestion).
class Audit
{
public:
    static const QList<AuditCheck> &checks();
    static AuditReport run(const Project &project, const AuditEnvironment &environment = {});
    // The same, asking `stopped` between checks and inside the long ones;
    // nullopt once it says true (the editor closing, a newer edit).
    using Stop = std::function<bool()>;
    static std::optional<AuditReport> run(const Project &project,
                                          const AuditEnvironment &environment, const Stop &stopped);

private:
    // Marks each finding the project accepts with the reviewer's reason.
    static void markAccepted(const Project &project, QList<Finding> &findings);
};

} // namespace gatehouse::audit
