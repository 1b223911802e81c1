#pragma once

#include "model/Project.h"

#include <QDateTime>
#include <QJsonValue>
#include <QVariant>

namespace gatehouse {

// A test record's values as the records table shows and edits them.
class RecordCellValues
{
public:
    // A date value (ISO 8601 with milliseconds); invalid for anything else.
    static QDateTime date(const QJsonValue &value);
    // One value as the table shows it: "yes"/"no", a date to the minute, a
    // reference by its record's label.
    static QString text(const Project &project, FieldKind kind, const QJsonValue &value);
    // What an editor's value means for a field of `type`. A value that does
    // not fit stays as it came, so the validator names what is wrong.
    static QJsonValue toJson(const FieldType &type, const QVariant &value);
};

} // namespace gatehouse
