#include "SuiteRequestOptions.h"

#include "model/ExpectedBodyText.h"
#include "model/Project.h"
#include "server/SuiteOutcome.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::Literals::StringLiterals;

namespace gatehouse::cli {

namespace {
Error usage(const QString &message)
{
    return Error{message, ErrorCode::InvalidInput};
}

} // namespace

QStringList SuiteRequestOptions::valueOptions()
{
    return {u"--workflow"_s, u"--data"_s,  u"--id"_s,     u"--as"_s,
            u"--body"_s,     u"--query"_s, u"--expect"_s, u"--expect-body"_s};
}

Result<SavedRequest> SuiteRequestOptions::read(const QString &name, const Arguments &args)
{
    SavedRequest request;
    request.name = name.trimmed();
    if (auto target = readTarget(args, request); !target)
        return target.error();
    if (!args.has(u"--as"_s))
        return usage(u"suite add needs --as anonymous|USER_EMAIL|token:NAME"_s);
    QString problem;
    const auto principal = PrincipalRef::fromText(args.value(u"--as"_s), &problem);
    if (!principal)
        return usage(u"--as "_s + problem);
    request.principal = *principal;
    if (args.has(u"--body"_s)) {
        const QJsonDocument body = QJsonDocument::fromJson(args.value(u"--body"_s).toUtf8());
        if (!body.isObject())
            return usage(u"--body is not a JSON object: `%1`"_s.arg(args.value(u"--body"_s)));
        request.body = body.object();
    }
    if (auto query = readQuery(args, request); !query)
        return query.error();
    if (auto expected = readExpectations(args, request); !expected)
        return expected.error();
    return request;
}

Result<> SuiteRequestOptions::readTarget(const Arguments &args, SavedRequest &request)
{
    if (args.has(u"--workflow"_s) == args.has(u"--data"_s))
        return usage(u"suite add needs one of --workflow W or --data TYPE:OPERATION"_s);
    if (args.has(u"--workflow"_s)) {
        request.target = SavedRequest::Target::Workflow;
        request.workflow = args.value(u"--workflow"_s);
    } else {
        const QString data = args.value(u"--data"_s);
        const qsizetype colon = data.lastIndexOf(u':');
        if (colon <= 0)
            return usage(u"--data takes TYPE:OPERATION, not `%1`"_s.arg(data));
        const QString operation = data.mid(colon + 1);
        const auto known = SavedRequest::operationFromId(operation);
        if (!known)
            return usage(u"--data: unknown operation `%1`; one of %2"_s.arg(
                operation, SavedRequest::operationIds().join(u", "_s)));
        request.target = SavedRequest::Target::Data;
        request.dataType = data.left(colon);
        request.operation = *known;
    }
    request.recordId = args.value(u"--id"_s);
    return {};
}

Result<> SuiteRequestOptions::readQuery(const Arguments &args, SavedRequest &request)
{
    for (const QString &pair : args.values(u"--query"_s)) {
        const qsizetype equals = pair.indexOf(u'=');
        if (equals <= 0)
            return usage(u"--query takes KEY=VALUE, not `%1`"_s.arg(pair));
        request.query.append({pair.left(equals), pair.mid(equals + 1)});
    }
    return {};
}

Result<> SuiteRequestOptions::readExpectations(const Arguments &args, SavedRequest &request)
{
    if (!args.has(u"--expect"_s))
        return usage(u"suite add needs --expect STATUS"_s);
    bool ok = false;
    request.expectedStatus = args.value(u"--expect"_s).toInt(&ok);
    if (!ok || request.expectedStatus < 100 || request.expectedStatus > 599)
        return usage(
            u"--expect takes a status from 100 to 599, not `%1`"_s.arg(args.value(u"--expect"_s)));
    for (const QString &pair : args.values(u"--expect-body"_s)) {
        const qsizetype equals = pair.indexOf(u'=');
        if (equals <= 0)
            return usage(u"--expect-body takes PATH=JSON, not `%1`"_s.arg(pair));
        const auto value = ExpectedBodyText::jsonValue(pair.mid(equals + 1));
        if (!value)
            return usage(u"--expect-body `%1`: the value after = is not JSON"_s.arg(pair));
        request.expectedBody.insert(pair.left(equals), *value);
    }
    return {};
}

QString SuiteRequestOptions::expectationText(const QString &path, const QJsonValue &value)
{
    return SuiteOutcome::expectationText(path, value);
}

QString SuiteRequestOptions::describe(const Project &project, const SavedRequest &request)
{
    QStringList query;
    for (const auto &[key, value] : request.query)
        query.append(key + u'=' + value);
    const QString target = request.path() + (query.isEmpty() ? QString() : u'?' + query.join(u'&'));
    QStringList expected{QString::number(request.expectedStatus)};
    for (auto it = request.expectedBody.begin(); it != request.expectedBody.end(); ++it)
        expected.append(expectationText(it.key(), it.value()));
    return u"%1: %2 %3 as %4, expects %5"_s.arg(
        request.name, QString::fromLatin1(request.method(project)), target,
        request.principal.toText(), expected.join(u" and "_s));
}

} // namespace gatehouse::cli
