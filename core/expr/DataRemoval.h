#pragma once

#include "model/Project.h"

#include <QStringList>

namespace gatehouse::expr {

// Deletes a data type or a field together with what names it, where that can
// go without changing what a workflow does: the privacy rules of other types
// whose condition names it (rules only grant, so losing one never widens
// access), privacy permissions' field lists, the Data API's types, token
// scopes, step field keys and test records. What cannot go that way (a
// workflow's or a step's expression, a step on the type, a reference field)
// is a blocker: the builder changes it first.
class DataRemoval
{
public:
    struct Plan
    {
        Project after;
        QStringList removed;  // where, in words, as DataReferences says
        QStringList blockers; // non-empty: `after` is not to be used
    };

    static Plan removeType(const Project &project, const QString &typeName);
    static Plan removeField(const Project &project, const QString &typeName,
                            const QString &fieldName);
};

} // namespace gatehouse::expr
