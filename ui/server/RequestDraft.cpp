#include "RequestDraft.h"

#include "model/Project.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QUrl>
#include <QUrlQuery>

using namespace Qt::Literals::StringLiterals;

namespace gatehouse {

namespace {

QJsonValue sampleValue(const FieldType &type)
{
    QJsonValue one;
    switch (type.kind) {
    case FieldKind::Number:
        one = 1;
        break;
    case FieldKind::YesNo:
        one = false;
        break;
    case FieldKind::Date:
        one = u"2026-01-01T00:00:00Z"_s;
        break;
    default:
        one = u""_s;
    }
    return type.isList ? QJsonValue(QJsonArray{one}) : one;
}

QString queryValue(const QJsonValue &value)
{
    if (value.isBool())
        return value.toBool() ? u"true"_s : u"false"_s;
    if (value.isDouble())
        return QString::number(value.toDouble());
    return value.toString();
}

} // namespace

RequestDraft RequestDraft::forWorkflow(const Project &project, const QString &workflow)
{
    RequestDraft draft;
    const int index = project.indexOfWorkflow(workflow);
    if (index < 0)
        return draft;
    const Workflow &found = project.workflows.at(index);
    SavedRequest request;
    request.workflow = workflow;
    draft.method = request.method(project);
    draft.path = request.path();
    draft.usesQuery = found.parameterSource == ParameterSource::Querystring;
    for (const Parameter &parameter : found.parameters) {
        const QJsonValue sample = sampleValue(parameter.type);
        if (draft.usesQuery)
            draft.query.append({parameter.key, queryValue(sample)});
        else
            draft.body.insert(parameter.key, sample);
    }
    return draft;
}

RequestDraft RequestDraft::forData(const Project &project, const QString &type,
                                   SavedRequest::Operation operation)
{
    SavedRequest request;
    request.target = SavedRequest::Target::Data;
    request.dataType = type;
    request.operation = operation;
    if (request.needsRecordId())
        request.recordId = u"RECORD_ID"_s;
    RequestDraft draft;
    draft.method = request.method(project);
    draft.path = request.path();
    return draft;
}

RequestDraft RequestDraft::fromFields(const QByteArray &method, const QString &path,
                                      const QString &queryText, const QString &bodyText,
                                      const QString &headersText)
{
    RequestDraft draft;
    draft.method = method;
    draft.path = path.trimmed();
    for (const auto &[key, value] : QUrlQuery(queryText.trimmed()).queryItems(QUrl::FullyDecoded))
        draft.query.append({key, value});
    draft.usesQuery = !draft.query.isEmpty();
    draft.bodyText = bodyText;
    for (const QString &line : headersText.split(u'\n', Qt::SkipEmptyParts)) {
        const qsizetype colon = line.indexOf(u':');
        if (colon > 0)
            draft.headers.append({line.left(colon).trimmed(), line.mid(colon + 1).trimmed()});
    }
    return draft;
}

RequestDraft RequestDraft::fromHistory(const RequestHistoryEntry &entry)
{
    RequestDraft draft;
    draft.method = entry.method;
    draft.path = entry.path;
    draft.query = entry.query;
    draft.usesQuery = !entry.query.isEmpty() && entry.body.isEmpty();
    draft.bodyText = entry.body;
    draft.headers = entry.headers;
    return draft;
}

QString RequestDraft::queryText() const
{
    QStringList pairs;
    for (const auto &[key, value] : query)
        pairs.append(QString::fromLatin1(QUrl::toPercentEncoding(key) + '=' +
                                         QUrl::toPercentEncoding(value)));
    return pairs.join(u'&');
}

QString RequestDraft::bodyShown() const
{
    if (!bodyText.isEmpty())
        return bodyText;
    if (usesQuery || method == "GET" || method == "DELETE")
        return {};
    return body.isEmpty() ? u"{}"_s : QString::fromUtf8(QJsonDocument(body).toJson());
}

QString RequestDraft::headersText() const
{
    QStringList lines;
    for (const auto &[name, value] : headers)
        lines.append(name + u": "_s + value);
    return lines.join(u'\n');
}

} // namespace gatehouse
