#pragma once

#include "Diagnostic.h"
#include "Project.h"

#include <QJsonValue>

namespace gatehouse {

// The invariants of test data: unique ids, known types and fields, values of
// the field's type, references that resolve, one user per e-mail address.
class RecordValidator
{
public:
    static void validate(const Project &project, Diagnostics &out);
    // Whether `value` fits `type`; references are checked to resolve.
    static QString valueProblem(const Project &project, const FieldType &type,
                                const QJsonValue &value);

private:
    static void checkRecord(const Project &project, const Record &record, Diagnostics &out);
    static QString scalarProblem(const Project &project, const FieldType &type,
                                 const QJsonValue &value);
};

} // namespace gatehouse
