#pragma once

#include "Finding.h"

#include "model/Project.h"

#include <QList>

namespace gatehouse::audit {

// What the privacy rule editor shows beside a type's rules as they are
// edited: the audit's data and rule checks, run over the project as it
// stands, kept to the findings at that type (its rules, its everyone else,
// the type itself). The same checks as the Audit panel's, so the two never
// disagree.
class PrivacyWarnings
{
public:
    PrivacyWarnings(const Project &project, const QString &typeName, const QDateTime &now);

    const QList<Finding> &all() const { return m_findings; }
    // The rule's own (`ruleName` empty: everyone else's).
    QList<Finding> forRule(const QString &ruleName) const;
    QList<Finding> forEveryoneElse() const;
    // The type's findings that are about neither one rule nor everyone else.
    QList<Finding> forTypeOnly() const;

private:
    QList<Finding> where(SettingLocation::Kind kind, const QString &rule = {}) const;

    QList<Finding> m_findings;
};

} // namespace gatehouse::audit
