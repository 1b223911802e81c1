#include "OpenApiDocument.h"

#include "AuditContext.h"
#include "OpenApiPaths.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::Literals::StringLiterals;

namespace gatehouse::audit {

namespace {
QJsonObject info(const Project &project, OpenApiSchemas::Version version)
{
    QJsonObject license{{u"name"_s, u"Proprietary"_s}};
    license.insert(version == OpenApiSchemas::Version::V31 ? u"identifier"_s : u"url"_s,
                   version == OpenApiSchemas::Version::V31 ? u"LicenseRef-Proprietary"_s
                                                           : u"https://spdx.org/licenses/"_s);
    return {{u"title"_s, project.name.isEmpty() ? u"Gatehouse project"_s : project.name},
            {u"version"_s, u"1.0.0"_s},
            {u"description"_s,
             u"The Workflow API and Data API of this Gatehouse project, as its engine serves them: "
             "only what the engine lets a caller reach is listed."_s},
            {u"license"_s, license}};
}

// The local test server unless a deployment's address is given.
QJsonObject server(const QString &url)
{
    if (url.isEmpty())
        return {{u"url"_s, u"http://127.0.0.1:8080/api/1.1"_s},
                {u"description"_s, u"The local test server (gatehouse-cli serve)"_s},
                {u"x-internal"_s, true}};
    return {{u"url"_s, url},
            {u"description"_s, u"The production server given to the export"_s},
            {u"x-internal"_s, false}};
}

QJsonObject components(const AuditContext &context, const OpenApiSchemas &schemas)
{
    QJsonObject all = schemas.errorSchemas();
    for (const DataType &type : context.project().dataTypes) {
        if (!context.dataReachable(type))
            continue;
        all.insert(u"Thing_"_s + type.apiName(), schemas.thing(type));
        all.insert(u"Body_"_s + type.apiName(), schemas.thingBody(type));
    }
    const QJsonObject bearer{
        {u"type"_s, u"http"_s},
        {u"scheme"_s, u"bearer"_s},
        {u"description"_s,
         u"A token of the token manager (admin or user) or a user session from a log-in "
         "workflow, as `Authorization: Bearer <token>`."_s}};
    const QJsonObject admin{{u"type"_s, u"http"_s},
                            {u"scheme"_s, u"bearer"_s},
                            {u"description"_s,
                             u"An admin token of the token manager, as `Authorization: Bearer "
                             "<token>`: the only caller an Admin-only workflow lets in."_s}};
    return {{u"schemas"_s, all},
            {u"securitySchemes"_s, QJsonObject{{u"bearer"_s, bearer}, {u"adminBearer"_s, admin}}}};
}
} // namespace

QJsonObject OpenApiDocument::build(const Project &project, OpenApiSchemas::Version version,
                                   const QString &serverUrl)
{
    const AuditContext context(project, {});
    const OpenApiSchemas schemas(project, version);
    const OpenApiPaths paths(context, schemas);
    QJsonObject all = paths.workflows();
    const QJsonObject data = paths.dataTypes();
    for (auto it = data.begin(); it != data.end(); ++it)
        all.insert(it.key(), it.value());
    QJsonObject document{
        {u"openapi"_s, version == OpenApiSchemas::Version::V31 ? u"3.1.0"_s : u"3.0.3"_s},
        {u"info"_s, info(project, version)},
        {u"servers"_s, QJsonArray{server(serverUrl)}},
        {u"tags"_s,
         QJsonArray{QJsonObject{{u"name"_s, u"Workflow"_s},
                                {u"description"_s, u"Run an exposed API workflow"_s}},
                    QJsonObject{{u"name"_s, u"Data"_s},
                                {u"description"_s, u"Find, create, change and delete things"_s}}}},
        {u"security"_s, QJsonArray{QJsonObject{{u"bearer"_s, QJsonArray{}}}}},
        {u"paths"_s, all},
        {u"components"_s, components(context, schemas)}};
    return document;
}

QByteArray OpenApiDocument::write(const Project &project, OpenApiSchemas::Version version,
                                  const QString &serverUrl)
{
    return QJsonDocument(build(project, version, serverUrl)).toJson(QJsonDocument::Indented);
}

} // namespace gatehouse::audit
