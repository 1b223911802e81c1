#pragma once

#include "AuditCheck.h"

namespace gatehouse::audit {

// Privacy rules as the engine evaluates them: over the test data, an empty
// record, anonymous and every test user.
class RuleChecks
{
public:
    static QList<AuditCheck> all();
};

} // namespace gatehouse::audit
