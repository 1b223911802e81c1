#pragma once

#include "Diagnostic.h"
#include "Project.h"

namespace gatehouse {

// The accepted findings' invariants: each names a check and a setting, says
// why in words, and no (check, setting) is accepted twice. Whether the check
// still finds anything there is the audit's business, not an error: an
// acceptance outliving its finding does no harm.
class AcceptedFindingValidator
{
public:
    static void validate(const Project &project, Diagnostics &out);
};

} // namespace gatehouse
