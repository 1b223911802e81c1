#pragma once

#include "model/Project.h"

#include <QStringList>

namespace gatehouse::expr {

// Where a project names a data type or a field, in words ("workflow
// admin_cleanup, step 1, target"), so that a delete can say what it would
// leave dangling. The type's or field's own definition is not counted.
class DataReferences
{
public:
    static QStringList toType(const Project &project, const QString &typeName);
    static QStringList toField(const Project &project, const QString &typeName,
                               const QString &fieldName);
};

} // namespace gatehouse::expr
