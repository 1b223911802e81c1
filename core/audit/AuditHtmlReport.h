#pragma once

#include "AuditReport.h"

namespace gatehouse::audit {

// The audit as one self-contained HTML page: summary, findings, checks.
class AuditHtmlReport
{
public:
    static QByteArray write(const AuditReport &report);
};

} // namespace gatehouse::audit
