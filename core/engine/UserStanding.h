#pragma once

#include "Credential.h"

#include "model/Result.h"

#include <QDateTime>

#include <optional>

namespace gatehouse {

// What the live data says of the user a user credential acts as: the part
// of its state that is not in the credential. Read by the authenticator
// before each use, and by `token list` and the token manager to show it.
struct UserStanding
{
    bool exists = true;
    // When the user's credentials last ended (a password change); a project
    // user token made before then is ended.
    std::optional<QDateTime> credentialsEnded;

    // Fails when the lookup cannot tell: never read as "still there".
    static Result<UserStanding> read(const SessionLookup &lookup, const QString &userId);
};

} // namespace gatehouse
