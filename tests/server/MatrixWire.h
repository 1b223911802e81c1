#pragma once

#include "engine/DataApiGate.h"
#include "model/Project.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrlQuery>

// The requests the access matrix's cells stand for, as bytes on the wire:
// a workflow called with a value of the right type for each parameter, a
// Data API operation on a type or on one of its records.
namespace matrixwire {

struct Call
{
    QByteArray method;
    QString target;
    QByteArray body;
    QByteArray contentType = "application/json";
};

inline QJsonValue sampleOf(const gatehouse::Parameter &parameter)
{
    using gatehouse::FieldKind;
    QJsonValue one;
    switch (parameter.type.kind) {
    case FieldKind::Number:
        one = 1;
        break;
    case FieldKind::YesNo:
        one = false;
        break;
    case FieldKind::Date:
        one = QStringLiteral("2026-06-01T12:00:00Z");
        break;
    case FieldKind::Text:
        one = parameter.key.contains(QStringLiteral("email")) ? QStringLiteral("matrix@example.com")
                                                              : QStringLiteral("matrix-sample");
        break;
    default:
        return {}; // a file or a reference: left out
    }
    return parameter.type.isList ? QJsonValue(QJsonArray{one}) : one;
}

inline Call workflowCall(const gatehouse::Workflow &workflow)
{
    Call call;
    call.method = workflow.method == gatehouse::HttpMethod::Get ? "GET" : "POST";
    call.target = QStringLiteral("/api/1.1/wf/") + workflow.name;
    QJsonObject values;
    for (const gatehouse::Parameter &parameter : workflow.parameters) {
        if (const QJsonValue value = sampleOf(parameter); !value.isUndefined())
            values.insert(parameter.key, value);
    }
    if (workflow.parameterSource == gatehouse::ParameterSource::Querystring) {
        QUrlQuery query;
        for (auto it = values.begin(); it != values.end(); ++it)
            query.addQueryItem(it.key(), it.value().toVariant().toString());
        if (!query.isEmpty())
            call.target += u'?' + query.toString(QUrl::FullyEncoded);
        return call;
    }
    call.body = QJsonDocument(values).toJson(QJsonDocument::Compact);
    return call;
}

inline Call dataCall(const gatehouse::DataType &type, gatehouse::DataApiGate::Operation operation,
                     const QString &recordId = {})
{
    using Op = gatehouse::DataApiGate::Operation;
    const QString base = QStringLiteral("/api/1.1/obj/") + type.apiName();
    const QString one = base + u'/' + recordId;
    switch (operation) {
    case Op::List:
        return {"GET", base, {}};
    case Op::Create:
        return {"POST", base, "{}"};
    case Op::Bulk:
        return {"POST", base + QStringLiteral("/bulk"), "{}\n", "text/plain"};
    case Op::Get:
        return {"GET", one, {}};
    case Op::Modify:
        return {"PATCH", one, "{}"};
    case Op::Replace:
        return {"PUT", one, "{}"};
    case Op::Delete:
        return {"DELETE", one, {}};
    }
    return {};
}

inline bool onRecords(gatehouse::DataApiGate::Operation operation)
{
    using Op = gatehouse::DataApiGate::Operation;
    return operation != Op::List && operation != Op::Create && operation != Op::Bulk;
}

inline QByteArray bytesOf(const Call &call, const QString &secret)
{
    QByteArray bytes =
        call.method + ' ' + call.target.toUtf8() + " HTTP/1.1\r\nHost: localhost\r\n";
    if (!secret.isEmpty())
        bytes += "Authorization: Bearer " + secret.toUtf8() + "\r\n";
    if (!call.body.isEmpty())
        bytes += "Content-Type: " + call.contentType + "\r\n";
    return bytes + "Content-Length: " + QByteArray::number(call.body.size()) + "\r\n\r\n" +
           call.body;
}

} // namespace matrixwire
