#pragma once

#include "AuditReport.h"

#include <QJsonObject>

namespace gatehouse::audit {

// The audit as JSON: a summary by severity, the findings with their
// locations and fixes, and every check that ran.
class AuditJsonReport
{
public:
    static QJsonObject toJson(const AuditReport &report);
    static QByteArray write(const AuditReport &report);

    static QJsonObject checkJson(const CheckInfo &info);
    static QJsonObject locationJson(const SettingLocation &location);
};

} // namespace gatehouse::audit
