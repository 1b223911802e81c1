#pragma once

#include "LiveData.h"
#include "Principal.h"

namespace gatehouse {

// Who a scheduled run acts as: whoever scheduled it, as in Bubble. A user's
// run acts as that user, an admin token's as an admin, an anonymous
// caller's as a logged-out user. The run keeps the scheduler's scopes too:
// they are a ceiling on everything done in the token's name (ScopeCeiling),
// so a token scoped to one workflow cannot run another by scheduling it.
class ScheduledCaller
{
public:
    static void record(const Principal &scheduler, ScheduledRun &run);
    static Principal of(const ScheduledRun &run);
};

} // namespace gatehouse
