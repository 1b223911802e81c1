#pragma once

#include "Diagnostic.h"
#include "Project.h"
#include "ProjectIndex.h"

#include <QJsonValue>

namespace gatehouse {

// The invariants of test data: unique ids, known types and fields, values of
// the field's type, references that resolve, one user per e-mail address.
class RecordValidator
{
public:
    static void validate(const ProjectIndex &project, Diagnostics &out);
    // Whether `value` fits `type`; references are checked to resolve.
    static QString valueProblem(const Project &project, const FieldType &type,
                                const QJsonValue &value);
    static QString valueProblem(const ProjectIndex &project, const FieldType &type,
                                const QJsonValue &value);

private:
    static void checkRecord(const ProjectIndex &project, const Record &record, Diagnostics &out);
};

} // namespace gatehouse
