#pragma once

#include "DataApiGate.h"

#include "model/DataType.h"
#include "model/PrivacyPermissions.h"
#include "model/Token.h"

namespace gatehouse {

// The one table of what each data operation needs, from the privacy rules
// and from a token's data scope. The Data API, the workflows' steps and
// AccessQuestion all read it; none keeps a copy.
//
//   operation        privacy rules need           token scope needs
//   list             find in searches             find
//   get              find in searches             view
//   create, bulk     create via API               create
//   modify, replace  find in searches + modify    modify
//   delete           find in searches + delete    delete
class OperationTable
{
public:
    using Operation = DataApiGate::Operation;

    struct Needs
    {
        bool find = false;
        bool create = false;
        bool modify = false;
        bool remove = false;
    };

    static Needs needs(Operation operation);
    // The operation needs to find the record, and the rules do not let the
    // caller find it: the record is missing to it.
    static bool hides(const PrivacyPermissions &permissions, Operation operation)
    {
        return needs(operation).find && !permissions.findInSearches;
    }
    static bool rulesAllow(const PrivacyPermissions &permissions, Operation operation);
    // The permission that is missing, in the editor's words, or empty.
    static QString missingPermission(const PrivacyPermissions &permissions, Operation operation);
    // Over every record of a type, with privacy rules applied: the rules
    // that match a record replace "everyone else" for it and add up, so the
    // operation is allowed everywhere only when everyone else and each rule
    // alone allow it, and nowhere when neither everyone else nor all the
    // rules together do.
    enum class Reach
    {
        Everywhere,
        Somewhere,
        Nowhere
    };
    static Reach overType(const DataType &type, Operation operation);

    static bool scopeAllows(const DataTypeScope &scope, Operation operation);
    // The scope permission the operation needs: "find", "view", "create",
    // "modify" or "delete".
    static QString scopePermission(Operation operation);
    // The trace's words when the scope lacks it: "token `zapier` may not
    // find Transaction".
    static QString scopeRefusal(const QString &tokenName, const QString &typeName,
                                Operation operation);
    static bool scopesAllow(const TokenScopes &scopes, const QString &typeName,
                            Operation operation);
};

} // namespace gatehouse
