#include "ScheduledCaller.h"

using namespace Qt::Literals::StringLiterals;

namespace gatehouse {

void ScheduledCaller::record(const Principal &scheduler, ScheduledRun &run)
{
    run.byAdmin = scheduler.isAdmin();
    run.userId = scheduler.kind == Principal::Kind::User ? scheduler.userId : QString();
    run.scopes = scheduler.scopes;
}

Principal ScheduledCaller::of(const ScheduledRun &run)
{
    Principal principal;
    principal.tokenName = u"scheduled run"_s;
    principal.tokenPrefix = u"no token"_s;
    principal.scopes = run.scopes;
    if (run.byAdmin) {
        principal.kind = Principal::Kind::Admin;
    } else if (!run.userId.isEmpty()) {
        principal.kind = Principal::Kind::User;
        principal.userId = run.userId;
    }
    return principal;
}

} // namespace gatehouse
