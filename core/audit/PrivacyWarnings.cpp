#include "PrivacyWarnings.h"

#include "AuditContext.h"
#include "DataChecks.h"
#include "RuleChecks.h"

namespace gatehouse::audit {

namespace {

const QList<AuditCheck> &privacyChecks()
{
    static const QList<AuditCheck> checks = DataChecks::all() + RuleChecks::all();
    return checks;
}

bool atType(const SettingLocation &location, const QString &typeName)
{
    switch (location.kind) {
    case SettingLocation::Kind::DataType:
    case SettingLocation::Kind::EveryoneElse:
    case SettingLocation::Kind::PrivacyRule:
        return location.dataType == typeName;
    default:
        return false;
    }
}

} // namespace

PrivacyWarnings::PrivacyWarnings(const Project &project, const QString &typeName,
                                 const QDateTime &now)
{
    if (!project.findDataType(typeName))
        return;
    AuditEnvironment environment;
    environment.now = now;
    // Only this type's findings are kept: other types' rules are left out
    // rather than asked about (a rule's condition reads other records
    // without their privacy rules, so this type's answers do not change).
    Project asked = project;
    for (DataType &other : asked.dataTypes) {
        if (other.name != typeName)
            other.privacyRules.clear();
    }
    const AuditContext context(std::move(asked), environment);
    for (const AuditCheck &check : privacyChecks()) {
        for (Finding &found : check.run(context, check.info)) {
            if (atType(found.location, typeName))
                m_findings.append(std::move(found));
        }
    }
    std::stable_sort(m_findings.begin(), m_findings.end(),
                     [](const Finding &a, const Finding &b) { return a.severity > b.severity; });
}

QList<Finding> PrivacyWarnings::where(SettingLocation::Kind kind, const QString &rule) const
{
    QList<Finding> out;
    for (const Finding &found : m_findings) {
        if (found.location.kind == kind &&
            (kind != SettingLocation::Kind::PrivacyRule || found.location.rule == rule))
            out.append(found);
    }
    return out;
}

QList<Finding> PrivacyWarnings::forRule(const QString &ruleName) const
{
    return where(SettingLocation::Kind::PrivacyRule, ruleName);
}

QList<Finding> PrivacyWarnings::forEveryoneElse() const
{
    return where(SettingLocation::Kind::EveryoneElse);
}

QList<Finding> PrivacyWarnings::forTypeOnly() const
{
    return where(SettingLocation::Kind::DataType);
}

} // namespace gatehouse::audit
