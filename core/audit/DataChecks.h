#pragma once

#include "AuditCheck.h"

namespace gatehouse::audit {

// What the Data API and everyone-else permissions let callers find, see and
// change, and APIs switched on with nothing needing them.
class DataChecks
{
public:
    static QList<AuditCheck> all();
};

} // namespace gatehouse::audit
