#include "SavedRequestBuilder.h"

#include "model/Project.h"

#include <QJsonDocument>
#include <QUrl>

using namespace Qt::Literals::StringLiterals;

namespace gatehouse {

namespace {
const QString kWorkflowPrefix = u"/api/1.1/wf/"_s;
const QString kDataPrefix = u"/api/1.1/obj/"_s;

std::optional<SavedRequest::Operation> operationOf(const QByteArray &method, bool hasId, bool bulk)
{
    using Op = SavedRequest::Operation;
    if (bulk)
        return method == "POST" ? std::optional(Op::Bulk) : std::nullopt;
    if (method == "GET")
        return hasId ? Op::Get : Op::List;
    if (method == "POST" && !hasId)
        return Op::Create;
    if (method == "PATCH" && hasId)
        return Op::Modify;
    if (method == "PUT" && hasId)
        return Op::Replace;
    if (method == "DELETE" && hasId)
        return Op::Delete;
    return std::nullopt;
}
} // namespace

Result<> SavedRequestBuilder::readTarget(const Project &project, const RequestDraft &draft,
                                         SavedRequest &request)
{
    if (draft.path.startsWith(kWorkflowPrefix)) {
        request.target = SavedRequest::Target::Workflow;
        request.workflow =
            QUrl::fromPercentEncoding(draft.path.mid(kWorkflowPrefix.size()).toUtf8());
        return {};
    }
    if (!draft.path.startsWith(kDataPrefix))
        return Error{u"only a call of a workflow (%1…) or of the Data API (%2…) can be saved"_s.arg(
            kWorkflowPrefix, kDataPrefix)};
    const QStringList segments = draft.path.mid(kDataPrefix.size()).split(u'/');
    const QString apiName = QUrl::fromPercentEncoding(segments.value(0).toUtf8());
    const auto type = std::find_if(project.dataTypes.begin(), project.dataTypes.end(),
                                   [&](const DataType &t) { return t.apiName() == apiName; });
    if (type == project.dataTypes.end())
        return Error{u"no data type is served as `%1`"_s.arg(apiName)};
    const bool bulk = segments.size() == 2 && segments.at(1) == u"bulk"_s;
    const bool hasId = segments.size() == 2 && !bulk && !segments.at(1).isEmpty();
    const auto operation = operationOf(draft.method, hasId, bulk);
    if (segments.size() > 2 || !operation)
        return Error{u"%1 %2 is not a Data API operation"_s.arg(QString::fromLatin1(draft.method),
                                                                draft.path)};
    request.target = SavedRequest::Target::Data;
    request.dataType = type->name;
    request.operation = *operation;
    if (hasId)
        request.recordId = QUrl::fromPercentEncoding(segments.at(1).toUtf8());
    return {};
}

Result<SavedRequest> SavedRequestBuilder::build(const Project &project, const RequestDraft &draft,
                                                const PrincipalRef &principal, const QString &name,
                                                int expectedStatus)
{
    if (name.trimmed().isEmpty())
        return Error{u"give the saved request a name"_s};
    SavedRequest request;
    request.name = name.trimmed();
    if (auto read = readTarget(project, draft, request); !read)
        return read.error();
    const QString body = draft.bodyShown().trimmed();
    if (!body.isEmpty()) {
        const QJsonDocument json = QJsonDocument::fromJson(body.toUtf8());
        if (!json.isObject())
            return Error{u"a saved request keeps a JSON object as its body"_s};
        request.body = json.object();
    }
    request.query = draft.query;
    request.principal = principal;
    request.expectedStatus = expectedStatus;
    return request;
}

RequestDraft SavedRequestBuilder::draftOf(const Project &project, const SavedRequest &request)
{
    RequestDraft draft;
    draft.method = request.method(project);
    draft.path = request.path();
    draft.query = request.query;
    draft.usesQuery = !request.query.isEmpty() && request.body.isEmpty();
    draft.body = request.body;
    if (!request.body.isEmpty())
        draft.bodyText = QString::fromUtf8(QJsonDocument(request.body).toJson());
    return draft;
}

} // namespace gatehouse
