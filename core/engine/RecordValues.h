#pragma once

#include "model/Record.h"

#include <QJsonValue>

namespace gatehouse {

// A record's value for a field or a built-in field, as JSON: `_id`,
// `Created Date` and `Modified Date` (ISO strings), `Created By` (an id).
class RecordValues
{
public:
    static QJsonValue valueOf(const Record &record, const QString &key);
    static bool isEmpty(const QJsonValue &value);
    static QString isoDate(const QDateTime &date);
};

} // namespace gatehouse
