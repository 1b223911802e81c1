#include "InMemoryDataSource.h"

#include "ValueComparison.h"

#include <QJsonArray>

using namespace Qt::Literals::StringLiterals;

namespace gatehouse::expr {

Value InMemoryDataSource::fromJson(const QJsonValue &json, const FieldType &type)
{
    if (type.isList) {
        FieldType element = type;
        element.isList = false;
        QList<Value> items;
        for (const QJsonValue &item : json.toArray())
            items.append(fromJson(item, element));
        return Value::list(items);
    }
    switch (type.kind) {
    case FieldKind::Text:
    case FieldKind::File:
        return json.isString() ? Value::text(json.toString()) : Value();
    case FieldKind::Number:
        return json.isDouble() ? Value::number(json.toDouble()) : Value();
    case FieldKind::YesNo:
        return json.isBool() ? Value::yesNo(json.toBool()) : Value();
    case FieldKind::Date:
        return Value::date(QDateTime::fromString(json.toString(), Qt::ISODate));
    case FieldKind::Reference:
        return Value::thing(type.referencedType, json.toString());
    }
    return {};
}

Result<Value> InMemoryDataSource::fieldValue(const QString &type, const QString &id,
                                             const QString &field) const
{
    const Record *record = m_project.findRecord(id);
    const DataType *dataType = m_project.findDataType(type);
    if (!record || record->type != type || !dataType)
        return Value();
    if (field == u"_id"_s)
        return Value::text(record->id);
    if (field == u"Created Date"_s)
        return Value::date(record->createdDate);
    if (field == u"Modified Date"_s)
        return Value::date(record->modifiedDate);
    if (field == u"Created By"_s)
        return Value::thing(DataType::userTypeName(), record->createdBy);
    const Field *definition = dataType->findField(field);
    return definition ? fromJson(record->values.value(field), definition->type) : Value();
}

Result<QStringList> InMemoryDataSource::search(const QString &type,
                                               const QList<SearchConstraint> &constraints) const
{
    QStringList ids;
    for (const Record &record : m_project.records) {
        if (record.type != type)
            continue;
        bool matches = true;
        for (const SearchConstraint &c : constraints) {
            const Result<Value> value = fieldValue(type, record.id, c.field);
            if (!value)
                return value.error();
            matches = matches && ValueComparison::compare(c.op, value.value(), c.value);
        }
        if (matches)
            ids.append(record.id);
    }
    return ids;
}

} // namespace gatehouse::expr
