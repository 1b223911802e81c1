#include "DataApiGate.h"

#include "BubbleResponses.h"
#include "OperationTable.h"
#include "Reachability.h"

using namespace Qt::Literals::StringLiterals;

namespace gatehouse {

using Stage = TraceStep::Stage;
using Verdict = TraceStep::Verdict;
using Op = DataApiGate::Operation;

namespace {
EngineResponse refusal(Trace &trace, EngineResponse response, const QString &reason,
                       const QString &subject = {})
{
    trace.add(Stage::Route, Verdict::Refused, reason, subject);
    response.trace = trace;
    return response;
}

} // namespace

QString DataApiGate::operationName(Operation operation)
{
    switch (operation) {
    case Op::List:
        return u"list"_s;
    case Op::Get:
        return u"get"_s;
    case Op::Create:
        return u"create"_s;
    case Op::Modify:
        return u"modify"_s;
    case Op::Replace:
        return u"replace"_s;
    case Op::Delete:
        return u"delete"_s;
    case Op::Bulk:
        return u"bulk create"_s;
    }
    return {};
}

std::optional<Op> DataApiGate::operationFor(Route::Kind kind, const QByteArray &method)
{
    if (kind == Route::Kind::DataCollection && method == "GET")
        return Op::List;
    if (kind == Route::Kind::DataCollection && method == "POST")
        return Op::Create;
    if (kind == Route::Kind::DataBulk && method == "POST")
        return Op::Bulk;
    if (kind == Route::Kind::DataItem) {
        if (method == "GET")
            return Op::Get;
        if (method == "PATCH")
            return Op::Modify;
        if (method == "PUT")
            return Op::Replace;
        if (method == "DELETE")
            return Op::Delete;
    }
    return std::nullopt;
}

// RFC 9110 §15.5.6: a 405 says which methods the path takes.
QByteArray DataApiGate::allowedMethods(Route::Kind kind)
{
    switch (kind) {
    case Route::Kind::DataCollection:
        return "GET, POST";
    case Route::Kind::DataBulk:
        return "POST";
    case Route::Kind::DataItem:
        return "GET, PATCH, PUT, DELETE";
    default:
        return {};
    }
}

DataApiGate::Resolution DataApiGate::resolve(const Project &project, const Route &route,
                                             const QByteArray &method, Trace &trace)
{
    if (!project.settings.dataApiEnabled)
        return refusal(trace,
                       BubbleResponses::statusBody(
                           404, u"NOT_FOUND"_s, u"This application does not expose a Data API"_s),
                       u"the Data API is turned off in the project's settings"_s,
                       u"settings: Data API"_s);
    const DataType *type = Reachability::dataApiType(project, route.name);
    if (!type)
        return refusal(trace,
                       BubbleResponses::statusBody(404, u"NOT_FOUND"_s,
                                                   u"Type not found %1"_s.arg(route.name)),
                       u"no data type `%1` is exposed in the Data API"_s.arg(route.name),
                       u"settings: Data API types"_s);
    const QString subject = u"data type `%1`"_s.arg(type->name);
    const auto operation = operationFor(route.kind, method);
    if (!operation) {
        EngineResponse wrongMethod = BubbleResponses::plainMessage(405, u"Wrong method"_s);
        wrongMethod.headers.append({QByteArrayLiteral("Allow"), allowedMethods(route.kind)});
        return refusal(
            trace, wrongMethod,
            u"%1 is not a Data API operation on this path"_s.arg(QString::fromLatin1(method)),
            subject);
    }
    trace.add(
        Stage::Route, Verdict::Passed,
        u"data type `%1` is exposed; operation %2"_s.arg(type->name, operationName(*operation)),
        subject, TraceRef::type(type->name));
    return Target{type, *operation};
}

std::optional<EngineResponse> DataApiGate::authorize(const Target &target,
                                                     const Principal &principal, Trace &trace)
{
    const QString subject = u"data type `%1`"_s.arg(target.type->name);
    if (principal.isAnonymous() ||
        OperationTable::scopesAllow(principal.scopes, target.type->name, target.operation)) {
        trace.add(Stage::Authorize, Verdict::Passed,
                  u"%1 may %2; privacy rules decide each record"_s.arg(
                      principal.describe(), operationName(target.operation)),
                  subject, TraceRef::type(target.type->name));
        return std::nullopt;
    }
    const QString reason =
        OperationTable::scopeRefusal(principal.tokenName, target.type->name, target.operation);
    trace.add(Stage::Authorize, Verdict::Refused, reason, subject,
              principal.fromSession ? TraceRef::type(target.type->name)
                                    : TraceRef::token(principal.tokenName));
    EngineResponse response = EngineResponse::json(
        403, {{u"error_class"_s, u"Forbidden"_s},
              {u"message"_s, QJsonValue::Null},
              {u"translation"_s,
               u"This token may not %1 %2"_s.arg(OperationTable::scopePermission(target.operation),
                                                 target.type->apiName())}});
    response.trace = trace;
    return response;
}

} // namespace gatehouse
