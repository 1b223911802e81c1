#pragma once

#include "Credential.h"
#include "Principal.h"

#include "model/Project.h"

namespace gatehouse {

// The one way to make a principal outside a request: for panels ("preview
// as"), the audit and tests. A token's principal carries its effective
// scopes (ScopeCeiling), exactly as the authenticator makes it.
class Principals
{
public:
    static Principal anonymous() { return Principal::anonymous(); }
    // A user as if logged in with a session of unrestricted scope.
    static Principal user(const QString &userId);
    static Principal forToken(const Project &project, const Token &token);
    static Principal forCredential(const Project &project, const Credential &credential);
};

} // namespace gatehouse
