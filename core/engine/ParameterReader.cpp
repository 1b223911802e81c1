#include "ParameterReader.h"

#include "BubbleDate.h"
#include "BubbleFile.h"
#include "BubbleResponses.h"
#include "FormDecoder.h"
#include "JsonTextCheck.h"
#include "StoreFailure.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>

using namespace Qt::Literals::StringLiterals;

namespace gatehouse {

using Stage = TraceStep::Stage;
using Verdict = TraceStep::Verdict;

ParameterReader::Outcome ParameterReader::read(const Workflow &workflow,
                                               const EngineRequest &request, Trace &trace)
{
    const QString subject = u"workflow `%1`"_s.arg(workflow.name);
    auto refuse = [&](const QString &code, const QString &message, const QString &key = {}) {
        trace.add(Stage::Parameters, Verdict::Refused, message, subject,
                  key.isEmpty() ? TraceRef::workflowNamed(workflow.name)
                                : TraceRef::parameter(workflow.name, key));
        EngineResponse response = BubbleResponses::statusBody(400, code, message);
        response.trace = trace;
        return response;
    };
    Source source = sourceOf(workflow, request);
    if (!source.problem.isEmpty())
        return refuse(u"INVALID_DATA"_s, source.problem);
    QJsonObject parameters;
    for (const Parameter &parameter : workflow.parameters) {
        QJsonValue value = source.values.value(parameter.key);
        if (value.isUndefined() || value.isNull()) {
            if (parameter.optional)
                continue;
            return refuse(u"MISSING_DATA"_s,
                          BubbleResponses::missingParameterMessage(workflow.name, parameter.key),
                          parameter.key);
        }
        const QString problem = convert(parameter.key, parameter.type, value, source.fromText);
        if (!problem.isEmpty())
            return refuse(u"INVALID_DATA"_s, problem, parameter.key);
        parameters.insert(parameter.key, value);
    }
    trace.add(Stage::Parameters, Verdict::Passed,
              workflow.parameters.isEmpty()
                  ? u"the workflow takes no parameters"_s
                  : u"%1 parameter(s) read from the %2"_s.arg(parameters.size())
                        .arg(parameterSourceId(workflow.parameterSource)),
              subject, TraceRef::workflowNamed(workflow.name));
    return parameters;
}

std::optional<EngineResponse> ParameterReader::checkThings(const Workflow &workflow,
                                                           const QJsonObject &parameters,
                                                           const DataStore &store,
                                                           const Findable &findable, Trace &trace)
{
    for (const Parameter &parameter : workflow.parameters) {
        if (parameter.type.kind != FieldKind::Reference || !parameters.contains(parameter.key))
            continue;
        const QJsonValue value = parameters.value(parameter.key);
        const QJsonArray ids = value.isArray() ? value.toArray() : QJsonArray{value};
        for (const QJsonValue &id : ids) {
            const Result<std::optional<Record>> found = store.record(id.toString());
            if (!found)
                return StoreFailure::refuse(found.error(), trace);
            const std::optional<Record> &record = found.value();
            if (record && record->type == parameter.type.referencedType && findable(*record))
                continue;
            const QString message = u"Invalid value for parameter %1 (must be %2)"_s.arg(
                parameter.key, parameter.type.referencedType.toLower());
            trace.add(Stage::Parameters, Verdict::Refused,
                      u"parameter `%1` names no %2 the caller may find"_s.arg(
                          parameter.key, parameter.type.referencedType),
                      u"workflow `%1`"_s.arg(workflow.name),
                      TraceRef::parameter(workflow.name, parameter.key));
            EngineResponse response = BubbleResponses::statusBody(400, u"INVALID_DATA"_s, message);
            response.trace = trace;
            return response;
        }
    }
    return std::nullopt;
}

ParameterReader::Source ParameterReader::sourceOf(const Workflow &workflow,
                                                  const EngineRequest &request)
{
    if (workflow.parameterSource == ParameterSource::Querystring)
        return fromPairs(request.query);
    return fromBody(request);
}

ParameterReader::Source ParameterReader::fromBody(const EngineRequest &request)
{
    if (request.body.trimmed().isEmpty())
        return {};
    const QByteArray type = request.contentType();
    if (type == "application/x-www-form-urlencoded")
        return fromPairs(FormDecoder::decode(request.body));
    if (!type.isEmpty() && type != "application/json" && type != "text/plain")
        return {{},
                false,
                u"Unsupported content type %1; send application/json or "
                "application/x-www-form-urlencoded"_s.arg(QString::fromLatin1(type))};
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(request.body, &error);
    if (error.error != QJsonParseError::NoError)
        return {{},
                false,
                u"Invalid JSON body: %1 at offset %2"_s.arg(error.errorString()).arg(error.offset)};
    if (!document.isObject())
        return {{}, false, u"Invalid JSON body: expected an object"_s};
    if (const QString key = JsonTextCheck::firstUncleanKey(document.object()); !key.isEmpty())
        return {{}, false, JsonTextCheck::problemFor(key)};
    return {document.object(), false, {}};
}

ParameterReader::Source ParameterReader::fromPairs(const QueryList &pairs)
{
    Source source;
    source.fromText = true;
    for (const auto &[key, value] : pairs) {
        if (key == u"api_token"_s)
            continue;
        const QJsonValue existing = source.values.value(key);
        if (existing.isUndefined()) {
            source.values.insert(key, value);
        } else {
            // A key given twice is a list: `?tag=a&tag=b`.
            QJsonArray list = existing.isArray() ? existing.toArray() : QJsonArray{existing};
            list.append(value);
            source.values.insert(key, list);
        }
    }
    return source;
}

QString ParameterReader::convert(const QString &key, const FieldType &type, QJsonValue &value,
                                 bool fromText)
{
    if (!type.isList)
        return convertScalar(key, type.kind, value, fromText);
    if (fromText && value.isString())
        value = QJsonArray{value};
    if (!value.isArray())
        return u"Invalid data for key %1: Expected a list, but got a %2"_s.arg(key,
                                                                               jsonTypeName(value));
    QJsonArray items = value.toArray();
    for (qsizetype i = 0; i < items.size(); ++i) {
        QJsonValue item = items.at(i);
        const QString problem = convertScalar(key, type.kind, item, fromText);
        if (!problem.isEmpty())
            return problem;
        items.replace(i, item);
    }
    value = items;
    return {};
}

QString ParameterReader::convertScalar(const QString &key, FieldKind kind, QJsonValue &value,
                                       bool fromText)
{
    auto expected = [&](const QString &what) {
        return u"Invalid data for key %1: Expected %2, but got a %3"_s.arg(key, what,
                                                                           jsonTypeName(value));
    };
    const QString text = value.toString();
    switch (kind) {
    case FieldKind::Text:
    case FieldKind::Reference:
        return value.isString() ? QString() : expected(u"a string"_s);
    case FieldKind::File:
        return BubbleFile::read(key, value);
    case FieldKind::Number: {
        if (value.isDouble())
            return {};
        bool ok = false;
        const double number = text.trimmed().toDouble(&ok);
        if (!value.isString() || !ok || !qIsFinite(number))
            return expected(u"a number"_s);
        value = number;
        return {};
    }
    case FieldKind::YesNo:
        if (value.isBool())
            return {};
        if (fromText &&
            (text == u"true"_s || text == u"yes"_s || text == u"false"_s || text == u"no"_s)) {
            value = text == u"true"_s || text == u"yes"_s;
            return {};
        }
        return expected(u"a boolean"_s);
    case FieldKind::Date: {
        bool isNumber = false;
        const double ms = text.trimmed().toDouble(&isNumber);
        const auto date = BubbleDate::read(fromText && isNumber ? QJsonValue(ms) : value);
        if (!date)
            return expected(u"a date"_s);
        value = date->toString(Qt::ISODateWithMs);
        return {};
    }
    }
    return {};
}

QString ParameterReader::jsonTypeName(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::String:
        return u"string"_s;
    case QJsonValue::Double:
        return u"number"_s;
    case QJsonValue::Bool:
        return u"boolean"_s;
    case QJsonValue::Array:
        return u"list"_s;
    case QJsonValue::Object:
        return u"object"_s;
    default:
        return u"null"_s;
    }
}

} // namespace gatehouse
