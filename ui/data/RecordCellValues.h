#pragma once

#include "model/Project.h"

#include <QDateTime>
#include <QJsonValue>
#include <QStringList>
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
    // A field's value as its cell shows it: a list's items joined by commas.
    static QString shown(const Project &project, const FieldType &type, const QJsonValue &value);
    // What an editor starts from: a number, a yes/no, a date, a text, or a
    // list's items one each (lines()).
    static QVariant editValue(const FieldType &type, const QJsonValue &value);
    // A list's items as text to edit, one each: a reference by its id, a
    // date as stored (ISO 8601), a yes/no as "yes" or "no".
    static QStringList lines(FieldKind kind, const QJsonValue &value);
    // What an editor's value means for a field of `type`. A value that does
    // not fit stays as it came, so the validator names what is wrong. A
    // list comes as its items' texts (lines()); none is no value. A date
    // may be typed "yyyy-MM-dd HH:mm" or "yyyy-MM-dd", taken as UTC.
    static QJsonValue toJson(const FieldType &type, const QVariant &value);
};

} // namespace gatehouse
