#pragma once

#include "DataApiGate.h"

#include "model/Project.h"

namespace gatehouse {

// A token's scopes are a ceiling on everything done in its name: the
// workflows it starts (and those its runs schedule), every data operation
// (through the Data API, inside its workflows and their scheduled runs),
// private files.
//
// A token narrowed to some workflows and left with every data type is read
// as a reviewer reads it: its data scope is exactly what those workflows do,
// as their steps say (searches find, a thing given as a parameter is
// viewed by its id, create makes, make changes modifies,
// delete removes, sign up makes a User), and no more.
class ScopeCeiling
{
public:
    // The scopes that hold for a token, with a workflow-only token's data
    // scope read from its workflows.
    static TokenScopes effective(const Project &project, const TokenScopes &declared);
    static bool derivesDataScope(const TokenScopes &declared)
    {
        return !declared.allWorkflows && declared.allDataTypes;
    }
    static bool allowsWorkflow(const TokenScopes &scopes, const QString &workflow);
    // The data scope in words, for `token show`, `token list` and the token
    // manager: "every data type", "Transaction: find, modify (from its
    // workflows)", "no data type".
    static QString describeDataScope(const Project &project, const TokenScopes &declared);

    // The entry of `type` in `scopes`, added with no operation when missing.
    static DataTypeScope &scopeFor(const QString &type, QList<DataTypeScope> &scopes);

private:
    static QList<DataTypeScope> performedBy(const Project &project, const QStringList &workflows);
    static void addSearchedTypes(const Project &project, const QString &expression,
                                 QList<DataTypeScope> &into);
};

} // namespace gatehouse
