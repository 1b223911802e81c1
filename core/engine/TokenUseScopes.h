#pragma once

#include "model/Project.h"

#include <QList>
#include <QString>

namespace gatehouse {

// Least privilege from real use: the scopes that cover exactly what a token
// was seen doing (workflows it called, Data API operations on each type),
// never wider than what it holds now. A call the pipeline refused (401,
// 403, 404, 429) is not a use.
class TokenUseScopes
{
public:
    struct Call
    {
        QString method;
        QString path;
        int status = 0;
    };

    static TokenScopes narrowed(const Project &project, const TokenScopes &declared,
                                const QList<Call> &calls);
    static bool counts(const Call &call);

private:
    static void addDataCall(const Project &project, const Call &call, QList<DataTypeScope> &into);
    static TokenScopes within(const Project &project, TokenScopes used,
                              const TokenScopes &declared);
};

} // namespace gatehouse
