#include "ConfigRequestReader.h"

#include "JsonObjectReader.h"

using namespace Qt::Literals::StringLiterals;

namespace gatehouse {

SavedRequest ConfigRequestReader::savedRequest(const QJsonValue &value, const QString &path,
                                               ReadErrors &errors)
{
    const Presence optional = Presence::Optional;
    JsonObjectReader object(value, path,
                            {u"name"_s, u"workflow"_s, u"dataType"_s, u"operation"_s, u"recordId"_s,
                             u"as"_s, u"body"_s, u"query"_s, u"expectedStatus"_s,
                             u"expectedBody"_s},
                            errors);
    SavedRequest request;
    object.read(u"name"_s, request.name);
    readTarget(object, request);
    QString as;
    object.read(u"as"_s, as);
    QString problem;
    if (const auto principal = PrincipalRef::fromText(as, &problem))
        request.principal = *principal;
    else if (errors.ok())
        errors.fail(object.pathOf(u"as"_s), problem);
    object.read(u"body"_s, request.body, optional);
    readQuery(object, request);
    object.read(u"expectedStatus"_s, request.expectedStatus, 100, 599);
    object.read(u"expectedBody"_s, request.expectedBody, optional);
    return request;
}

void ConfigRequestReader::readTarget(JsonObjectReader &object, SavedRequest &request)
{
    const bool workflow = object.has(u"workflow"_s);
    if (workflow == object.has(u"dataType"_s)) {
        object.errors().fail(object.path(),
                             u"a saved request calls either a `workflow` or a `dataType`"_s);
        return;
    }
    if (workflow) {
        request.target = SavedRequest::Target::Workflow;
        object.read(u"workflow"_s, request.workflow);
        return;
    }
    request.target = SavedRequest::Target::Data;
    object.read(u"dataType"_s, request.dataType);
    object.readId(u"operation"_s, request.operation, &SavedRequest::operationFromId,
                  SavedRequest::operationIds());
    object.read(u"recordId"_s, request.recordId,
                request.needsRecordId() ? Presence::Required : Presence::Optional);
}

void ConfigRequestReader::readQuery(JsonObjectReader &object, SavedRequest &request)
{
    object.forEach(
        u"query"_s,
        [&](const QJsonValue &item, const QString &itemPath) {
            JsonObjectReader pair(item, itemPath, {u"key"_s, u"value"_s}, object.errors());
            QString key;
            QString value;
            pair.read(u"key"_s, key);
            pair.read(u"value"_s, value);
            request.query.append({key, value});
        },
        Presence::Optional);
}

} // namespace gatehouse
