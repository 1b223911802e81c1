#pragma once

#include "PrivacyPermissions.h"

#include <QString>

namespace gatehouse {

// One privacy rule of a data type: when its condition holds for a record and
// a principal, the principal gets its permissions on that record.
struct PrivacyRule
{
    QString name;
    QString condition; // an expression over "This <Type>" and "Current User"
    PrivacyPermissions permissions;

    bool operator==(const PrivacyRule &) const = default;
};

} // namespace gatehouse
