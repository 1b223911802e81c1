#pragma once

#include "PrivacyMode.h"
#include "RuleConditions.h"
#include "TraceRef.h"

#include "model/Project.h"

#include <QHash>
#include <QJsonObject>

namespace gatehouse {

// What a principal may do with one record: the union of every privacy rule
// whose condition holds, or the type's "everyone else" when none does. The
// privacy mode (PrivacyModes) says when they are bypassed.
struct RecordAccess
{
    PrivacyPermissions permissions;
    QStringList matchedRules; // names; empty when everyone-else applied
    bool bypassed = false;
    QStringList errors; // conditions that could not be decided

    bool canFind() const { return permissions.findInSearches; }
    bool canView(const QString &field) const;
    // "rule `owner`", "rules `owner`, `admins`", "everyone else", "admin bypass"
    QString describe() const;
    // The rule that granted it (the first matched), else the type itself,
    // whose "everyone else" applied, for the editor to select.
    TraceRef decidedBy(const QString &type) const;
};

class PrivacyGate
{
public:
    PrivacyGate(const Project &project, const RuleConditions &conditions);

    // As the Data API sees it: an admin token bypasses privacy rules.
    RecordAccess accessTo(const Record &record, const Principal &principal) const;
    // As a run in `mode` sees it (PrivacyModes::forRun).
    RecordAccess accessTo(const Record &record, const Principal &principal, PrivacyMode mode) const;
    // The record as Bubble's Data API shows it: built-in fields, then the
    // fields the principal may view. Hidden fields are left out, not emptied.
    QJsonObject visibleThing(const Record &record, const RecordAccess &access) const;
    // Whether `access` shows `field` (a file needs view attached files too).
    static bool shows(const Field &field, const RecordAccess &access);

    // What two sets of permissions give together, as matched rules add up.
    static void unite(PrivacyPermissions &into, const PrivacyPermissions &from);

private:
    void applyRules(const Record &record, const Principal &principal, RecordAccess &access) const;
    // What a rule that holds grants: as in Bubble, no "find in searches"
    // through a condition that reads a field of a thing This refers to.
    PrivacyPermissions grantedBy(const PrivacyRule &rule) const;

    const Project &m_project;
    const RuleConditions &m_conditions;
    mutable QHash<QString, bool> m_tooDeepToFind; // by condition text
};

} // namespace gatehouse
