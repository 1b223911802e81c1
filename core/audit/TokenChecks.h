#pragma once

#include "AuditCheck.h"

namespace gatehouse::audit {

// The token manager's tokens and the user-token settings: read from the
// model (static facts: kind, dates, scopes, lifetimes).
class TokenChecks
{
public:
    static QList<AuditCheck> all();
};

} // namespace gatehouse::audit
