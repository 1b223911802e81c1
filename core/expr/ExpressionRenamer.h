#pragma once

#include "CheckContext.h"

#include "model/Project.h"

namespace gatehouse::expr {

// Rewrites one expression so that it names a renamed type or field. Names are
// resolved against the project before the rename, as the checker resolves
// them (a plural `Posts`, the alias `Creator`); an expression that does not
// name the old one, or does not parse, comes back unchanged. A changed one
// comes back in the printer's canonical text.
class ExpressionRenamer
{
public:
    static QString renameType(const Project &before, const CheckContext &context,
                              const QString &source, const QString &oldName,
                              const QString &newName);
    static QString renameField(const Project &before, const CheckContext &context,
                               const QString &source, const QString &typeName,
                               const QString &oldField, const QString &newField);
    static bool namesType(const Project &project, const CheckContext &context,
                          const QString &source, const QString &typeName);
    static bool namesField(const Project &project, const CheckContext &context,
                           const QString &source, const QString &typeName,
                           const QString &fieldName);
};

} // namespace gatehouse::expr
