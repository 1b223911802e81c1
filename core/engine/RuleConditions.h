#pragma once

#include "Principal.h"

#include "model/DataType.h"
#include "model/Record.h"

namespace gatehouse {

// Decides a privacy rule's condition for one record and one principal. The
// expression language implements it; a condition that cannot be decided
// (an error) does not hold, so a broken rule grants nothing.
class RuleConditions
{
public:
    struct Verdict
    {
        bool holds = false;
        QString error; // why it could not be decided, if it could not
    };
    virtual ~RuleConditions() = default;
    virtual Verdict evaluate(const PrivacyRule &rule, const DataType &type, const Record &thing,
                             const Principal &principal) const = 0;
};

} // namespace gatehouse
