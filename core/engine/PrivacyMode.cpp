#include "PrivacyMode.h"

using namespace Qt::Literals::StringLiterals;

namespace gatehouse {

PrivacyMode PrivacyModes::forDataApi(const Principal &principal)
{
    return principal.isAdmin() ? PrivacyMode::BypassedByAdmin : PrivacyMode::Applied;
}

PrivacyMode PrivacyModes::forRun(const ProjectSettings &settings, const Workflow &workflow,
                                 const Principal &principal)
{
    if (workflow.ignorePrivacyRules)
        return PrivacyMode::IgnoredByWorkflow;
    if (principal.isAdmin() && settings.adminTokensBypassPrivacyInWorkflows)
        return PrivacyMode::BypassedByAdmin;
    return PrivacyMode::Applied;
}

QString PrivacyModes::describe(PrivacyMode mode)
{
    switch (mode) {
    case PrivacyMode::Applied:
        return u"privacy rules apply"_s;
    case PrivacyMode::BypassedByAdmin:
        return u"an admin token bypasses privacy rules"_s;
    case PrivacyMode::IgnoredByWorkflow:
        return u"the workflow ignores privacy rules"_s;
    }
    return {};
}

} // namespace gatehouse
