#include "PostmanCollectionWriter.h"

#include "ExpectedBodyPath.h"
#include "SuiteVariables.h"

#include "model/Project.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::Literals::StringLiterals;

namespace gatehouse {

namespace {
QString variable(const QString &name)
{
    return u"{{"_s + name + u"}}"_s;
}

QString jsonText(const QJsonValue &value)
{
    const QByteArray text = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(text.mid(1, text.size() - 2));
}
} // namespace

QJsonObject PostmanCollectionWriter::collection(const Project &project, const QString &name)
{
    QJsonArray items;
    for (const SavedRequest &request : project.savedRequests)
        items.append(item(project, request));
    return {
        {u"info"_s, QJsonObject{{u"name"_s, name},
                                {u"description"_s,
                                 u"Saved requests exported by Gatehouse. Fill the environment's "
                                 "variables with real credentials before running."_s},
                                {u"schema"_s, QString::fromLatin1(schemaUrl)}}},
        {u"item"_s, items}};
}

QJsonObject PostmanCollectionWriter::environment(const Project &project, const QString &name)
{
    QJsonArray values{QJsonObject{{u"key"_s, SuiteVariables::baseUrlName()},
                                  {u"value"_s, SuiteVariables::defaultBaseUrl()},
                                  {u"type"_s, u"default"_s},
                                  {u"enabled"_s, true}}};
    for (const PrincipalRef &principal : SuiteVariables::principals(project))
        values.append(QJsonObject{{u"key"_s, SuiteVariables::nameOf(principal)},
                                  {u"value"_s, QString()},
                                  {u"type"_s, u"secret"_s},
                                  {u"enabled"_s, true}});
    return {
        {u"name"_s, name}, {u"values"_s, values}, {u"_postman_variable_scope"_s, u"environment"_s}};
}

QJsonObject PostmanCollectionWriter::item(const Project &project, const SavedRequest &request)
{
    QJsonObject http{{u"method"_s, QString::fromLatin1(request.method(project))},
                     {u"url"_s, url(request)},
                     {u"auth"_s, auth(request)},
                     {u"header"_s, QJsonArray()},
                     {u"description"_s, request.targetText()}};
    if (!request.body.isEmpty()) {
        http[u"header"_s] = QJsonArray{
            QJsonObject{{u"key"_s, u"Content-Type"_s}, {u"value"_s, u"application/json"_s}}};
        http[u"body"_s] = QJsonObject{
            {u"mode"_s, u"raw"_s},
            {u"raw"_s,
             QString::fromUtf8(QJsonDocument(request.body).toJson(QJsonDocument::Indented))},
            {u"options"_s, QJsonObject{{u"raw"_s, QJsonObject{{u"language"_s, u"json"_s}}}}}};
    }
    const QJsonObject test{{u"listen"_s, u"test"_s},
                           {u"script"_s, QJsonObject{{u"type"_s, u"text/javascript"_s},
                                                     {u"exec"_s, testScript(request)}}}};
    return {{u"name"_s, request.name}, {u"request"_s, http}, {u"event"_s, QJsonArray{test}}};
}

QJsonObject PostmanCollectionWriter::url(const SavedRequest &request)
{
    QStringList pairs;
    QJsonArray query;
    for (const auto &[key, value] : request.query) {
        pairs.append(key + u'=' + value);
        query.append(QJsonObject{{u"key"_s, key}, {u"value"_s, value}});
    }
    QJsonArray path;
    for (const QString &segment : request.path().split(u'/', Qt::SkipEmptyParts))
        path.append(segment);
    QJsonObject url{{u"raw"_s, variable(SuiteVariables::baseUrlName()) + request.path() +
                                   (pairs.isEmpty() ? QString() : u'?' + pairs.join(u'&'))},
                    {u"host"_s, QJsonArray{variable(SuiteVariables::baseUrlName())}},
                    {u"path"_s, path}};
    if (!query.isEmpty())
        url[u"query"_s] = query;
    return url;
}

QJsonObject PostmanCollectionWriter::auth(const SavedRequest &request)
{
    const QString name = SuiteVariables::nameOf(request.principal);
    if (name.isEmpty())
        return {{u"type"_s, u"noauth"_s}};
    return {{u"type"_s, u"bearer"_s},
            {u"bearer"_s,
             QJsonArray{QJsonObject{
                 {u"key"_s, u"token"_s}, {u"value"_s, variable(name)}, {u"type"_s, u"string"_s}}}}};
}

QJsonArray PostmanCollectionWriter::testScript(const SavedRequest &request)
{
    QJsonArray lines;
    lines.append(
        u"pm.test(\"status is %1\", function () { pm.response.to.have.status(%1); });"_s.arg(
            request.expectedStatus));
    for (auto it = request.expectedBody.begin(); it != request.expectedBody.end(); ++it)
        lines.append(
            u"pm.test(%1, function () { pm.expect(pm.response.json()%2).to.eql(%3); });"_s.arg(
                jsonText(it.key()), ExpectedBodyPath::javaScriptAccessor(it.key()),
                jsonText(it.value())));
    return lines;
}

} // namespace gatehouse
