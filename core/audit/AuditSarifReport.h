#pragma once

#include "AuditReport.h"

#include <QJsonObject>

namespace gatehouse::audit {

// The audit as SARIF 2.1.0, for code-scanning dashboards: one rule per
// check, one result per finding. A finding's place is the project file (an
// artifact) and its setting path as a logical location.
class AuditSarifReport
{
public:
    static QJsonObject toJson(const AuditReport &report, const QString &artifactUri);
    static QByteArray write(const AuditReport &report, const QString &artifactUri);

private:
    static QJsonObject rule(const CheckInfo &info);
    static QJsonObject result(const Finding &finding, int ruleIndex, const QString &artifactUri);
    static QString securitySeverity(Severity severity);
};

} // namespace gatehouse::audit
