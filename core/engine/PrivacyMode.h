#pragma once

#include "Principal.h"

#include "model/Project.h"

namespace gatehouse {

// Whether privacy rules apply to what a request does. The Data API always
// applies them except for an admin token; a workflow applies them unless it
// ignores them, or the caller is an admin token and the project lets admin
// tokens bypass privacy rules in workflows.
enum class PrivacyMode
{
    Applied,
    BypassedByAdmin,
    IgnoredByWorkflow
};

class PrivacyModes
{
public:
    static PrivacyMode forDataApi(const Principal &principal);
    static PrivacyMode forRun(const ProjectSettings &settings, const Workflow &workflow,
                              const Principal &principal);
    static bool bypasses(PrivacyMode mode) { return mode != PrivacyMode::Applied; }
    // "privacy rules apply", "an admin token bypasses privacy rules", ...
    static QString describe(PrivacyMode mode);
};

} // namespace gatehouse
