#pragma once

#include "RuleConditions.h"

#include "model/DataType.h"

#include <QStringList>

namespace gatehouse {

// A type's privacy rules as one principal meets them, for a question about
// the type as a whole: a rule whose condition never reads This is decided by
// the principal alone ("Current User's admin is yes"), so it holds on every
// record or on none. The rules that hold on every record replace "everyone
// else" and add to each other rule; those that hold on none are dropped.
// OperationTable::overType of `type` then answers for this principal.
struct PrincipalRules
{
    DataType type;
    QStringList holding; // the rules that hold on every record, by name

    static PrincipalRules of(const DataType &type, const Principal &principal,
                             const RuleConditions &conditions);
};

} // namespace gatehouse
