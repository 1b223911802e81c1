#include "DataQuery.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <array>

using namespace Qt::Literals::StringLiterals;

namespace gatehouse {

namespace {
using T = DataConstraint::Type;
const std::array<std::pair<T, QStringView>, 14> kConstraintIds{{
    {T::Equals, u"equals"},
    {T::NotEqual, u"not equal"},
    {T::IsEmpty, u"is_empty"},
    {T::IsNotEmpty, u"is_not_empty"},
    {T::TextContains, u"text contains"},
    {T::NotTextContains, u"not text contains"},
    {T::GreaterThan, u"greater than"},
    {T::LessThan, u"less than"},
    {T::In, u"in"},
    {T::NotIn, u"not in"},
    {T::Contains, u"contains"},
    {T::NotContains, u"not contains"},
    {T::Empty, u"empty"},
    {T::NotEmpty, u"not empty"},
}};

std::optional<FieldType> fieldTypeOf(const DataType &type, const QString &key)
{
    if (const Field *field = type.findField(key))
        return field->type;
    return DataType::builtInFieldType(key);
}

// Which constraint types fit which fields, as Bubble's table says.
bool fits(T constraint, const FieldType &field)
{
    switch (constraint) {
    case T::TextContains:
    case T::NotTextContains:
        return !field.isList && field.kind == FieldKind::Text;
    case T::GreaterThan:
    case T::LessThan:
        return !field.isList && (field.kind == FieldKind::Text || field.kind == FieldKind::Number ||
                                 field.kind == FieldKind::Date);
    case T::Contains:
    case T::NotContains:
    case T::Empty:
    case T::NotEmpty:
        return field.isList;
    default:
        return true;
    }
}

bool needsValue(T constraint)
{
    return constraint != T::IsEmpty && constraint != T::IsNotEmpty && constraint != T::Empty &&
           constraint != T::NotEmpty;
}

DataQuery::Problem badRequest(const QString &message)
{
    return {400, u"ERROR"_s, message};
}

std::optional<DataQuery::Problem> sortProblem(const DataType &type, const QString &field)
{
    const auto fieldType = fieldTypeOf(type, field);
    if (!fieldType || fieldType->isList)
        return badRequest(
            u"Cannot sort by %1: not a single-value field of %2"_s.arg(field, type.apiName()));
    return std::nullopt;
}

// `additional_sort_fields`: [{"sort_field": ..., "descending": true}, ...],
// each ordering the ties of the sorts before it.
std::optional<DataQuery::Problem> readAdditionalSorts(const QString &text, const DataType &type,
                                                      QList<DataSort> &sorts)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(text.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError || !document.isArray())
        return badRequest(u"additional_sort_fields must be a JSON array of "
                          "{\"sort_field\", \"descending\"} objects"_s);
    for (const QJsonValue &item : document.array()) {
        const QString field = item[u"sort_field"_s].toString();
        if (!item.isObject() || field.isEmpty())
            return badRequest(u"each of additional_sort_fields needs a sort_field"_s);
        if (auto problem = sortProblem(type, field))
            return problem;
        const QJsonValue descending = item[u"descending"_s];
        sorts.append({field, descending.toBool() || descending.toString() == u"true"_s});
    }
    return std::nullopt;
}

std::optional<int> nonNegativeInt(const QString &text)
{
    bool ok = false;
    const int value = text.toInt(&ok);
    return ok && value >= 0 ? std::optional<int>(value) : std::nullopt;
}
} // namespace

std::optional<DataConstraint::Type> DataQuery::constraintTypeFromId(const QString &id)
{
    for (const auto &[type, typeId] : kConstraintIds) {
        if (typeId == id)
            return type;
    }
    return std::nullopt;
}

QString DataQuery::constraintTypeId(DataConstraint::Type type)
{
    for (const auto &[t, id] : kConstraintIds) {
        if (t == type)
            return id.toString();
    }
    return {};
}

std::variant<DataQuery, DataQuery::Problem> DataQuery::parse(const EngineRequest &request,
                                                             const DataType &type)
{
    DataQuery query;
    if (request.hasQueryItem(u"cursor"_s)) {
        const auto cursor = nonNegativeInt(request.queryValue(u"cursor"_s));
        if (!cursor)
            return badRequest(u"cursor must be a whole number from 0"_s);
        query.cursor = *cursor;
    }
    if (request.hasQueryItem(u"limit"_s)) {
        const auto limit = nonNegativeInt(request.queryValue(u"limit"_s));
        if (!limit)
            return badRequest(u"limit must be a whole number from 0"_s);
        query.limit = qMin(*limit, maxLimit);
    }
    query.excludeRemaining = request.queryValue(u"exclude_remaining"_s) == u"true"_s;
    if (request.hasQueryItem(u"sort_field"_s)) {
        const QString field = request.queryValue(u"sort_field"_s);
        if (auto problem = sortProblem(type, field))
            return *problem;
        query.sorts.append({field, request.queryValue(u"descending"_s) == u"true"_s});
    }
    if (request.hasQueryItem(u"additional_sort_fields"_s)) {
        if (auto problem = readAdditionalSorts(request.queryValue(u"additional_sort_fields"_s),
                                               type, query.sorts))
            return *problem;
    }
    if (!request.hasQueryItem(u"constraints"_s))
        return query;
    QJsonParseError error;
    const QJsonDocument document =
        QJsonDocument::fromJson(request.queryValue(u"constraints"_s).toUtf8(), &error);
    if (error.error != QJsonParseError::NoError || !document.isArray())
        return badRequest(u"constraints must be a JSON array of constraint objects"_s);
    for (const QJsonValue &item : document.array()) {
        const QJsonObject object = item.toObject();
        const QString key = object.value(u"key"_s).toString();
        const QString typeId = object.value(u"constraint_type"_s).toString();
        const auto constraintType = constraintTypeFromId(typeId);
        const auto fieldType = fieldTypeOf(type, key);
        if (!item.isObject() || key.isEmpty() || !constraintType)
            return badRequest(u"each constraint needs a key and a known constraint_type"_s);
        if (!fieldType || !fits(*constraintType, *fieldType))
            return Problem{404, u"NOT_FOUND"_s,
                           u"Constraint type not found %1 for field %2 and type %3"_s.arg(
                               typeId, key, type.apiName())};
        if (needsValue(*constraintType) && !object.contains(u"value"_s))
            return badRequest(u"constraint %1 on %2 needs a value"_s.arg(typeId, key));
        query.constraints.append({key, *constraintType, object.value(u"value"_s)});
    }
    return query;
}

} // namespace gatehouse
