#include "SavedRequestRows.h"

#include "Statement.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::Literals::StringLiterals;

namespace gatehouse {

namespace {
QString compact(const QJsonDocument &document)
{
    return QString::fromUtf8(document.toJson(QJsonDocument::Compact));
}

QString queryText(const QList<std::pair<QString, QString>> &query)
{
    QJsonArray pairs;
    for (const auto &[key, value] : query)
        pairs.append(QJsonArray{key, value});
    return compact(QJsonDocument(pairs));
}

Result<QList<std::pair<QString, QString>>> queryFromText(const QString &text)
{
    const QJsonDocument document = QJsonDocument::fromJson(text.toUtf8());
    if (!document.isArray())
        return Error{u"the query is not a JSON array"_s};
    QList<std::pair<QString, QString>> query;
    for (const QJsonValue &item : document.array()) {
        const QJsonArray pair = item.toArray();
        if (pair.size() != 2 || !pair.at(0).isString() || !pair.at(1).isString())
            return Error{u"the query holds something other than [key, value] pairs"_s};
        query.append({pair.at(0).toString(), pair.at(1).toString()});
    }
    return query;
}

Result<QJsonObject> objectFromText(const QString &text, const QString &what)
{
    const QJsonDocument document = QJsonDocument::fromJson(text.toUtf8());
    if (!document.isObject())
        return Error{u"the %1 is not a JSON object"_s.arg(what)};
    return document.object();
}
} // namespace

QString SavedRequestRows::columns()
{
    return u"position, name, target, workflow, data_type, operation, record_id, principal, body, "
           "query, expected_status, expected_body"_s;
}

QString SavedRequestRows::createTableSql()
{
    return uR"(
CREATE TABLE saved_requests (
    position INTEGER PRIMARY KEY, name TEXT NOT NULL, target TEXT NOT NULL,
    workflow TEXT NOT NULL, data_type TEXT NOT NULL, operation TEXT NOT NULL,
    record_id TEXT NOT NULL, principal TEXT NOT NULL, body TEXT NOT NULL,
    query TEXT NOT NULL, expected_status INTEGER NOT NULL, expected_body TEXT NOT NULL);
)"_s;
}

void SavedRequestRows::bind(Statement &statement, const SavedRequest &request, qint64 position)
{
    statement.bindAll(
        position, request.name, SavedRequest::targetId(request.target), request.workflow,
        request.dataType, SavedRequest::operationId(request.operation), request.recordId,
        request.principal.toText(), compact(QJsonDocument(request.body)), queryText(request.query),
        request.expectedStatus, compact(QJsonDocument(request.expectedBody)));
}

Result<SavedRequest> SavedRequestRows::read(const Statement &row)
{
    SavedRequest request;
    request.name = row.columnText(1);
    const auto target = SavedRequest::targetFromId(row.columnText(2));
    if (!target)
        return Error{u"unknown target `%1`"_s.arg(row.columnText(2))};
    request.target = *target;
    request.workflow = row.columnText(3);
    request.dataType = row.columnText(4);
    const auto operation = SavedRequest::operationFromId(row.columnText(5));
    if (!operation)
        return Error{u"unknown operation `%1`"_s.arg(row.columnText(5))};
    request.operation = *operation;
    request.recordId = row.columnText(6);
    QString problem;
    const auto principal = PrincipalRef::fromText(row.columnText(7), &problem);
    if (!principal)
        return Error{u"the principal: "_s + problem};
    request.principal = *principal;
    auto body = objectFromText(row.columnText(8), u"body"_s);
    if (!body)
        return body.error();
    request.body = body.value();
    auto query = queryFromText(row.columnText(9));
    if (!query)
        return query.error();
    request.query = query.value();
    request.expectedStatus = row.columnInt(10);
    auto expected = objectFromText(row.columnText(11), u"expected body"_s);
    if (!expected)
        return expected.error();
    request.expectedBody = expected.value();
    return request;
}

} // namespace gatehouse
