#pragma once

#include "AuditCheck.h"

namespace gatehouse::audit {

// Project-wide settings and where the project lives: Swagger, secrets
// written into expressions, the file's mode, serving beyond this machine.
class SettingsChecks
{
public:
    static QList<AuditCheck> all();
};

} // namespace gatehouse::audit
