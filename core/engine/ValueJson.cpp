#include "ValueJson.h"

#include "RecordValues.h"

#include "expr/InMemoryDataSource.h"

#include <QJsonArray>

using namespace Qt::Literals::StringLiterals;

namespace gatehouse {

using expr::Value;

QJsonValue ValueJson::toResponse(const Value &value)
{
    switch (value.kind()) {
    case Value::Kind::Empty:
        return QJsonValue::Null;
    case Value::Kind::Text:
        return value.asText();
    case Value::Kind::Number:
        return value.asNumber();
    case Value::Kind::YesNo:
        return value.asYesNo();
    case Value::Kind::Date:
        return value.asDate().isValid() ? QJsonValue(double(value.asDate().toMSecsSinceEpoch()))
                                        : QJsonValue::Null;
    case Value::Kind::Thing:
        return value.thingId();
    case Value::Kind::List: {
        QJsonArray items;
        for (const Value &item : value.items()) {
            if (items.size() >= maxListItems)
                break;
            items.append(toResponse(item));
        }
        return items;
    }
    }
    return QJsonValue::Null;
}

QJsonValue ValueJson::toField(const Value &value, const FieldType &type, QString *problem)
{
    if (value.isEmpty())
        return QJsonValue::Null;
    if (!type.isList)
        return scalarToField(value, type, problem);
    if (value.kind() != Value::Kind::List) {
        *problem = u"expected a list of %1"_s.arg(type.displayName());
        return {};
    }
    FieldType element = type;
    element.isList = false;
    QJsonArray items;
    for (const Value &item : value.items()) {
        const QJsonValue json = scalarToField(item, element, problem);
        if (!problem->isEmpty())
            return {};
        items.append(json);
    }
    return items;
}

QJsonValue ValueJson::scalarToField(const Value &value, const FieldType &type, QString *problem)
{
    using K = Value::Kind;
    switch (type.kind) {
    case FieldKind::Text:
    case FieldKind::File:
        if (value.kind() == K::Text)
            return value.asText();
        break;
    case FieldKind::Number:
        if (value.kind() == K::Number)
            return value.asNumber();
        break;
    case FieldKind::YesNo:
        if (value.kind() == K::YesNo)
            return value.asYesNo();
        break;
    case FieldKind::Date:
        if (value.kind() == K::Date)
            return RecordValues::isoDate(value.asDate());
        break;
    case FieldKind::Reference:
        if (value.kind() == K::Thing && value.thingType() == type.referencedType)
            return value.thingId();
        break;
    }
    *problem = u"expected %1, got %2"_s.arg(type.displayName(), value.kindName());
    return {};
}

Value ValueJson::fromField(const QJsonValue &json, const FieldType &type)
{
    if (RecordValues::isEmpty(json))
        return {};
    return expr::InMemoryDataSource::fromJson(json, type);
}

} // namespace gatehouse
