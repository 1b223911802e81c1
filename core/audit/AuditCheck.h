#pragma once

#include "Finding.h"

#include <QList>
#include <QStringList>

#include <functional>

namespace gatehouse::audit {

class AuditContext;

// What a check is, for docs/audit.md, the reports and SARIF's rules.
struct CheckInfo
{
    QString id;                           // "GH-WF-001"
    QString name;                         // "none-required-writes"
    QString title;                        // one line
    Severity severity = Severity::Medium; // the usual severity; a finding may say more or less
    QString explanation;                  // one paragraph
    QStringList owasp;                    // OWASP API Security Top 10 (2023): "API2:2023"
    QStringList pitfalls;                 // "P5", from bubble-pitfalls.md
};

// A check: what it is, and the function that looks for it.
struct AuditCheck
{
    CheckInfo info;
    std::function<QList<Finding>(const AuditContext &, const CheckInfo &)> run;
};

// A finding of `info`'s check, at its usual severity unless `severity` says otherwise.
Finding finding(const CheckInfo &info, const QString &message, const SettingLocation &location,
                std::optional<AuditFix> fix = std::nullopt,
                std::optional<Severity> severity = std::nullopt);

// The OWASP items' names, for the reports: "API1:2023 Broken Object Level Authorization".
QString owaspTitle(const QString &item);

} // namespace gatehouse::audit
