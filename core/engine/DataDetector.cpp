#include "DataDetector.h"

#include "ParameterReader.h"

#include <QJsonArray>
#include <QJsonObject>

using namespace Qt::Literals::StringLiterals;

namespace gatehouse {

DetectedParameters DataDetector::detect(const QString &workflow, const EngineRequest &request)
{
    DetectedParameters detected;
    detected.workflow = workflow;
    ParameterReader::Source source = ParameterReader::fromBody(request);
    if (!source.problem.isEmpty()) {
        detected.ignored.append(u"body: "_s + source.problem);
        return detected;
    }
    if (source.values.isEmpty()) {
        source = ParameterReader::fromPairs(request.query);
        detected.source = ParameterSource::Querystring;
    }
    for (auto it = source.values.begin(); it != source.values.end(); ++it) {
        if (it.value().isNull()) {
            detected.parameters.append({it.key(), FieldType::text(), true});
            continue;
        }
        const auto type = typeOf(it.value());
        if (type)
            detected.parameters.append({it.key(), *type, false});
        else
            detected.ignored.append(
                u"%1: its value is not a text, number, yes/no, date, file or a list of one "
                "kind of those"_s.arg(it.key()));
    }
    return detected;
}

std::optional<FieldType> DataDetector::typeOf(const QJsonValue &value)
{
    if (!value.isArray())
        return scalarTypeOf(value);
    const QJsonArray items = value.toArray();
    std::optional<FieldType> element =
        items.isEmpty() ? std::optional(FieldType::text()) : scalarTypeOf(items.first());
    for (const QJsonValue &item : items) {
        if (scalarTypeOf(item) != element)
            return std::nullopt;
    }
    if (element)
        element->isList = true;
    return element;
}

std::optional<FieldType> DataDetector::scalarTypeOf(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Double:
        return FieldType::number();
    case QJsonValue::Bool:
        return FieldType::yesNo();
    case QJsonValue::String: {
        const QString text = value.toString();
        const bool dateAndTime =
            text.contains(u'T') && QDateTime::fromString(text, Qt::ISODateWithMs).isValid();
        return dateAndTime ? FieldType::date() : FieldType::text();
    }
    case QJsonValue::Object:
        if (value.toObject().contains(u"contents"_s))
            return FieldType::file();
        return std::nullopt;
    default:
        return std::nullopt;
    }
}

} // namespace gatehouse
