#pragma once

#include "CheckContext.h"

#include "model/Project.h"

#include <functional>

namespace gatehouse::expr {

// Renames a data type or a field and everything that names it, in one new
// project: every expression (privacy rules, workflow and step conditions,
// targets, values and search constraints), the fields that refer to the type,
// privacy permissions' field lists, the Data API's types, token scopes, steps
// acting on the type and their field keys, and the test records.
class ProjectRenamer
{
public:
    static Project renameType(const Project &before, const QString &oldName,
                              const QString &newName);
    static Project renameField(const Project &before, const QString &typeName,
                               const QString &oldField, const QString &newField);

    // Calls `rewrite` with every expression of `before`, its place and where
    // it sits in words, and writes what it returns into the same place of
    // `after`.
    using Rewrite =
        std::function<QString(const CheckContext &, const QString &source, const QString &where)>;
    static void rewriteExpressions(const Project &before, Project &after, const Rewrite &rewrite);

private:
    static void renameTypeOutsideExpressions(Project &project, const QString &oldName,
                                             const QString &newName);
    static void renameFieldOutsideExpressions(Project &project, const QString &typeName,
                                              const QString &oldField, const QString &newField);
};

} // namespace gatehouse::expr
