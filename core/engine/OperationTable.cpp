#include "OperationTable.h"

#include "PrivacyGate.h"

using namespace Qt::Literals::StringLiterals;

namespace gatehouse {

using Op = DataApiGate::Operation;

OperationTable::Needs OperationTable::needs(Operation operation)
{
    switch (operation) {
    case Op::List:
    case Op::Get:
        return {true, false, false, false};
    case Op::Create:
    case Op::Bulk:
        return {false, true, false, false};
    case Op::Modify:
    case Op::Replace:
        return {true, false, true, false};
    case Op::Delete:
        return {true, false, false, true};
    }
    return {true, true, true, true};
}

bool OperationTable::rulesAllow(const PrivacyPermissions &permissions, Operation operation)
{
    return missingPermission(permissions, operation).isEmpty();
}

QString OperationTable::missingPermission(const PrivacyPermissions &p, Operation operation)
{
    const Needs need = needs(operation);
    if (need.find && !p.findInSearches)
        return u"find in searches"_s;
    if (need.create && !p.createViaApi)
        return u"create via API"_s;
    if (need.modify && !p.modifyViaApi)
        return u"modify via API"_s;
    if (need.remove && !p.deleteViaApi)
        return u"delete via API"_s;
    return {};
}

OperationTable::Reach OperationTable::overType(const DataType &type, Operation operation)
{
    const bool everyoneElse = rulesAllow(type.everyoneElse, operation);
    PrivacyPermissions together;
    bool eachRule = true;
    for (const PrivacyRule &rule : type.privacyRules) {
        PrivacyGate::unite(together, rule.permissions);
        eachRule = eachRule && rulesAllow(rule.permissions, operation);
    }
    if (everyoneElse && eachRule)
        return Reach::Everywhere;
    if (!everyoneElse && !rulesAllow(together, operation))
        return Reach::Nowhere;
    return Reach::Somewhere;
}

bool OperationTable::scopeAllows(const DataTypeScope &scope, Operation operation)
{
    switch (operation) {
    case Op::List:
        return scope.find;
    case Op::Get:
        return scope.view;
    case Op::Create:
    case Op::Bulk:
        return scope.create;
    case Op::Modify:
    case Op::Replace:
        return scope.modify;
    case Op::Delete:
        return scope.remove;
    }
    return false;
}

QString OperationTable::scopePermission(Operation operation)
{
    switch (operation) {
    case Op::List:
        return u"find"_s;
    case Op::Get:
        return u"view"_s;
    case Op::Create:
    case Op::Bulk:
        return u"create"_s;
    case Op::Modify:
    case Op::Replace:
        return u"modify"_s;
    case Op::Delete:
        return u"delete"_s;
    }
    return {};
}

QString OperationTable::scopeRefusal(const QString &tokenName, const QString &typeName,
                                     Operation operation)
{
    return u"token `%1` may not %2 %3"_s.arg(tokenName, scopePermission(operation), typeName);
}

bool OperationTable::scopesAllow(const TokenScopes &scopes, const QString &typeName,
                                 Operation operation)
{
    if (scopes.allDataTypes)
        return true;
    for (const DataTypeScope &scope : scopes.dataTypes) {
        if (scope.dataType == typeName && scopeAllows(scope, operation))
            return true;
    }
    return false;
}

} // namespace gatehouse
