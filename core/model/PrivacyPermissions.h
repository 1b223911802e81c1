#pragma once

#include <QStringList>

namespace gatehouse {

// What a privacy rule (or a type's "everyone else" default) grants. Rules
// grant and never take away: the permissions of all matching rules are united.
struct PrivacyPermissions
{
    bool viewAllFields = false;
    QStringList viewableFields; // only when viewAllFields is false
    bool findInSearches = false;
    bool viewAttachedFiles = false;
    bool allowAutoBinding = false;
    QStringList autoBindingFields;
    bool createViaApi = false;
    bool modifyViaApi = false;
    bool deleteViaApi = false;

    bool operator==(const PrivacyPermissions &) const = default;

    static PrivacyPermissions nothing() { return {}; }
    // A type with no privacy rules in Bubble is public: everything allowed.
    static PrivacyPermissions everything()
    {
        PrivacyPermissions p;
        p.viewAllFields = p.findInSearches = p.viewAttachedFiles = p.allowAutoBinding = true;
        p.createViaApi = p.modifyViaApi = p.deleteViaApi = true;
        return p;
    }
};

} // namespace gatehouse
