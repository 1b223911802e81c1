#include "RecordValues.h"

#include <QJsonArray>

using namespace Qt::Literals::StringLiterals;

namespace gatehouse {

QJsonValue RecordValues::valueOf(const Record &record, const QString &key)
{
    if (key == u"_id"_s)
        return record.id;
    if (key == u"Created Date"_s)
        return isoDate(record.createdDate);
    if (key == u"Modified Date"_s)
        return isoDate(record.modifiedDate);
    if (key == u"Created By"_s)
        return record.createdBy.isEmpty() ? QJsonValue() : QJsonValue(record.createdBy);
    return record.values.value(key);
}

bool RecordValues::isEmpty(const QJsonValue &value)
{
    return value.isNull() || value.isUndefined() ||
           (value.isString() && value.toString().isEmpty()) ||
           (value.isArray() && value.toArray().isEmpty());
}

QString RecordValues::isoDate(const QDateTime &date)
{
    return date.isValid() ? date.toUTC().toString(Qt::ISODateWithMs) : QString();
}

} // namespace gatehouse
