#pragma once

#include "AuditReport.h"

namespace gatehouse::audit {

// The audit for a terminal: one line per finding, worst first, and a summary.
class AuditTextReport
{
public:
    static QByteArray write(const AuditReport &report);
};

} // namespace gatehouse::audit
