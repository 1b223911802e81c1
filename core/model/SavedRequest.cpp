#include "SavedRequest.h"

#include "DataType.h"
#include "Project.h"

#include <QUrl>

using namespace Qt::Literals::StringLiterals;

namespace gatehouse {

namespace {
const QList<std::pair<SavedRequest::Operation, QString>> &operationNames()
{
    using Op = SavedRequest::Operation;
    static const QList<std::pair<Op, QString>> names{
        {Op::List, u"list"_s},     {Op::Get, u"get"_s},         {Op::Create, u"create"_s},
        {Op::Modify, u"modify"_s}, {Op::Replace, u"replace"_s}, {Op::Delete, u"delete"_s},
        {Op::Bulk, u"bulk"_s}};
    return names;
}

QString segment(const QString &text)
{
    return QString::fromUtf8(QUrl::toPercentEncoding(text));
}
} // namespace

bool SavedRequest::needsRecordId() const
{
    return target == Target::Data &&
           (operation == Operation::Get || operation == Operation::Modify ||
            operation == Operation::Replace || operation == Operation::Delete);
}

QByteArray SavedRequest::method(const Project &project) const
{
    if (target == Target::Workflow) {
        const Workflow *found = project.findWorkflow(workflow);
        return found && found->method == HttpMethod::Get ? "GET" : "POST";
    }
    switch (operation) {
    case Operation::List:
    case Operation::Get:
        return "GET";
    case Operation::Create:
    case Operation::Bulk:
        return "POST";
    case Operation::Modify:
        return "PATCH";
    case Operation::Replace:
        return "PUT";
    case Operation::Delete:
        return "DELETE";
    }
    return "GET";
}

QString SavedRequest::path() const
{
    if (target == Target::Workflow)
        return u"/api/1.1/wf/"_s + segment(workflow);
    DataType type; // the server routes a type by its API name
    type.name = dataType;
    QString path = u"/api/1.1/obj/"_s + segment(type.apiName());
    if (operation == Operation::Bulk)
        return path + u"/bulk"_s;
    if (needsRecordId())
        path += u'/' + segment(recordId);
    return path;
}

QString SavedRequest::targetText() const
{
    if (target == Target::Workflow)
        return u"workflow `%1`"_s.arg(workflow);
    return u"data type `%1`: %2"_s.arg(dataType, operationId(operation));
}

QString SavedRequest::operationId(Operation operation)
{
    for (const auto &[op, name] : operationNames()) {
        if (op == operation)
            return name;
    }
    return {};
}

std::optional<SavedRequest::Operation> SavedRequest::operationFromId(const QString &id)
{
    for (const auto &[op, name] : operationNames()) {
        if (name == id)
            return op;
    }
    return std::nullopt;
}

QStringList SavedRequest::operationIds()
{
    QStringList ids;
    for (const auto &entry : operationNames())
        ids.append(entry.second);
    return ids;
}

QString SavedRequest::targetId(Target target)
{
    return target == Target::Workflow ? u"workflow"_s : u"data"_s;
}

std::optional<SavedRequest::Target> SavedRequest::targetFromId(const QString &id)
{
    if (id == u"workflow"_s)
        return Target::Workflow;
    if (id == u"data"_s)
        return Target::Data;
    return std::nullopt;
}

} // namespace gatehouse
