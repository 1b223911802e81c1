#include "Audit.h"

#include "AuditContext.h"
#include "DataChecks.h"
#include "RuleChecks.h"
#include "SettingsChecks.h"
#include "TokenChecks.h"
#include "WorkflowExposureChecks.h"
#include "WorkflowStepChecks.h"

#include <algorithm>

namespace gatehouse::audit {

const QList<AuditCheck> &Audit::checks()
{
    static const QList<AuditCheck> all = [] {
        QList<AuditCheck> list;
        list << WorkflowExposureChecks::all() << WorkflowStepChecks::all() << DataChecks::all()
             << RuleChecks::all() << TokenChecks::all() << SettingsChecks::all();
        return list;
    }();
    return all;
}

AuditReport Audit::run(const Project &project, const AuditEnvironment &environment)
{
    return *run(project, environment, {});
}

std::optional<AuditReport> Audit::run(const Project &project, const AuditEnvironment &environment,
                                      const Stop &stopped)
{
    const AuditContext context(project, environment, stopped);
    AuditReport report;
    report.projectName = project.name;
    report.ranAt = environment.now;
    for (const AuditCheck &check : checks()) {
        if (context.stopped())
            return std::nullopt;
        report.checks << check.info;
        report.findings << check.run(context, check.info);
    }
    if (context.stopped()) // the last check may have been cut short
        return std::nullopt;
    std::stable_sort(report.findings.begin(), report.findings.end(),
                     [](const Finding &a, const Finding &b) {
                         if (a.severity != b.severity)
                             return a.severity > b.severity;
                         return a.checkId < b.checkId;
                     });
    markAccepted(project, report.findings);
    return std::optional(std::move(report));
}

void Audit::markAccepted(const Project &project, QList<Finding> &findings)
{
    if (project.acceptedFindings.isEmpty())
        return;
    for (Finding &finding : findings) {
        const QString path = finding.location.path();
        for (const AcceptedFinding &accepted : project.acceptedFindings) {
            if (accepted.matches(finding.checkId, path)) {
                finding.acceptedReason = accepted.reason;
                break;
            }
        }
    }
}

} // namespace gatehouse::audit
