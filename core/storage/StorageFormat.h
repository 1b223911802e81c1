#pragma once

#include "model/FieldType.h"
#include "model/PrivacyPermissions.h"
#include "model/Result.h"

#include <QDateTime>
#include <QStringList>

namespace gatehouse {

class Statement;

// How values sit in the project file's columns: dates as ISO 8601 UTC text
// with milliseconds (NULL for none), name lists as JSON arrays, booleans as
// 0/1, and the column groups several tables share.
class StorageFormat
{
public:
    static QString dateText(const QDateTime &date);
    // A null date for NULL; an error for text that is not a date.
    static Result<QDateTime> readDate(const Statement &row, int column);
    static void bindDate(Statement &statement, int index, const QDateTime &date);

    static QString listText(const QStringList &list);
    static Result<QStringList> listFromText(const QString &text);

    // The nine permission columns, in the order of ProjectSchema.
    static QString permissionColumns();
    static void bindPermissions(Statement &statement, int firstIndex,
                                const PrivacyPermissions &permissions);
    static Result<PrivacyPermissions> readPermissions(const Statement &row, int firstColumn);

    // kind, referenced_type, is_list.
    static void bindFieldType(Statement &statement, int firstIndex, const FieldType &type);
    static Result<FieldType> readFieldType(const Statement &row, int firstColumn);
};

} // namespace gatehouse
