#include "UserStanding.h"

namespace gatehouse {

Result<UserStanding> UserStanding::read(const SessionLookup &lookup, const QString &userId)
{
    UserStanding standing;
    const Result<bool> exists = lookup.userExists(userId);
    if (!exists)
        return exists.error();
    standing.exists = exists.value();
    if (!standing.exists)
        return standing;
    const Result<std::optional<QDateTime>> ended = lookup.credentialsEndedAt(userId);
    if (!ended)
        return ended.error();
    standing.credentialsEnded = ended.value();
    return standing;
}

} // namespace gatehouse
