#include "OpenApiSchemas.h"

#include <QJsonArray>

using namespace Qt::Literals::StringLiterals;

namespace gatehouse::audit {

OpenApiSchemas::OpenApiSchemas(const Project &project, Version version)
    : m_project(project), m_version(version)
{
}

QJsonObject OpenApiSchemas::ref(const QString &name)
{
    return {{u"$ref"_s, u"#/components/schemas/"_s + name}};
}

QJsonObject OpenApiSchemas::object(const QJsonObject &properties, const QStringList &required)
{
    QJsonObject schema{{u"type"_s, u"object"_s}, {u"properties"_s, properties}};
    if (!required.isEmpty())
        schema.insert(u"required"_s, QJsonArray::fromStringList(required));
    return schema;
}

// No string is longer than the largest body the server accepts.
QJsonObject OpenApiSchemas::text() const
{
    return {{u"type"_s, u"string"_s},
            {u"maxLength"_s, double(m_project.settings.limits.maxBodyBytes)}};
}

// Bubble's unique ids: "<ms since epoch>x<18 digits>".
QJsonObject OpenApiSchemas::id() const
{
    return {{u"type"_s, u"string"_s}, {u"maxLength"_s, 64}, {u"pattern"_s, u"^[0-9A-Za-z_-]+$"_s}};
}

QJsonObject OpenApiSchemas::nullValue() const
{
    if (m_version == Version::V31)
        return {{u"type"_s, u"null"_s}};
    return {{u"type"_s, u"string"_s}, {u"nullable"_s, true}, {u"maxLength"_s, 0}};
}

QJsonObject OpenApiSchemas::ofField(const FieldType &type) const
{
    QJsonObject scalar;
    switch (type.kind) {
    case FieldKind::Number:
        scalar = {{u"type"_s, u"number"_s}};
        break;
    case FieldKind::YesNo:
        scalar = {{u"type"_s, u"boolean"_s}};
        break;
    case FieldKind::Date:
        scalar = {{u"type"_s, u"string"_s}, {u"format"_s, u"date-time"_s}, {u"maxLength"_s, 64}};
        break;
    case FieldKind::Reference:
        scalar = id();
        scalar.insert(u"description"_s, u"the unique id of a %1"_s.arg(type.referencedType));
        break;
    default:
        scalar = text();
        break;
    }
    if (!type.isList)
        return scalar;
    return {{u"type"_s, u"array"_s}, {u"items"_s, scalar}, {u"maxItems"_s, 10000}};
}

QJsonObject OpenApiSchemas::thing(const DataType &type) const
{
    const QJsonObject date{
        {u"type"_s, u"string"_s}, {u"format"_s, u"date-time"_s}, {u"maxLength"_s, 64}};
    QJsonObject properties{{u"_id"_s, id()},
                           {u"Created Date"_s, date},
                           {u"Modified Date"_s, date},
                           {u"Created By"_s, id()}};
    for (const Field &field : type.fields)
        properties.insert(field.name, ofField(field.type));
    QJsonObject schema = object(properties, {u"_id"_s});
    schema.insert(
        u"description"_s,
        u"A %1 as the caller may view it: fields its privacy rules hide are left out"_s.arg(
            type.name));
    schema.insert(u"additionalProperties"_s, false);
    return schema;
}

QJsonObject OpenApiSchemas::thingBody(const DataType &type) const
{
    QJsonObject properties;
    for (const Field &field : type.fields)
        properties.insert(field.name, ofField(field.type));
    QJsonObject schema = object(properties);
    schema.insert(u"additionalProperties"_s, false);
    return schema;
}

QJsonObject OpenApiSchemas::errorSchemas() const
{
    const auto closed = [](QJsonObject schema) {
        schema.insert(u"additionalProperties"_s, false);
        return schema;
    };
    const QJsonObject code{{u"type"_s, u"string"_s}, {u"maxLength"_s, 64}};
    const QJsonObject words{{u"type"_s, u"string"_s}, {u"maxLength"_s, 2000}};
    const QJsonObject status{{u"type"_s, u"integer"_s},
                             {u"format"_s, u"int32"_s},
                             {u"minimum"_s, 400},
                             {u"maximum"_s, 599}};
    return {
        {u"StatusBody"_s,
         closed(object({{u"statusCode"_s, status},
                        {u"body"_s, closed(object({{u"status"_s, code}, {u"message"_s, words}},
                                                  {u"status"_s, u"message"_s}))}},
                       {u"statusCode"_s, u"body"_s}))},
        {u"Unauthorized"_s, closed(object({{u"error_class"_s, code},
                                           {u"args"_s, closed(object({{u"code"_s, code}}))},
                                           {u"message"_s, nullValue()},
                                           {u"translation"_s, words}},
                                          {u"error_class"_s, u"translation"_s}))},
        {u"Forbidden"_s,
         closed(object(
             {{u"error_class"_s, code}, {u"message"_s, nullValue()}, {u"translation"_s, words}},
             {u"error_class"_s, u"translation"_s}))},
        {u"NotRun"_s,
         closed(object({{u"status"_s, code}, {u"message"_s, words}}, {u"status"_s, u"message"_s}))},
        {u"Message"_s, closed(object({{u"message"_s, words}}, {u"message"_s}))},
    };
}

} // namespace gatehouse::audit
