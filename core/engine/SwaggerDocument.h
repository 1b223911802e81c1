#pragma once

#include "model/Project.h"

#include <QJsonArray>
#include <QJsonObject>

namespace gatehouse {

// The Swagger 2.0 file Bubble serves at /api/1.1/meta/swagger.json
// (shared/reference/bubble-api.md §8.1): every exposed workflow and Data API
// type, their parameters and schemas, and the security schemes. Only what is
// exposed appears; nothing private is described.
class SwaggerDocument
{
public:
    // `host` is where the file was asked for (the request's Host); without
    // one the file names Bubble's host, <app>.bubbleapps.io, over https.
    static QJsonObject build(const Project &project, const QString &basePath,
                             const QString &host = {});

private:
    static QJsonObject header(const Project &project, const QString &basePath, const QString &host);
    static QJsonObject securityDefinitions(const Project &project);
    static QJsonArray globalSecurity(const QJsonObject &definitions);
    static QJsonObject workflowPath(const Workflow &workflow);
    static QJsonObject workflowResponse(const Workflow &workflow);
    static void addDataType(const DataType &type, QJsonObject &paths, QJsonObject &definitions);
    static QJsonObject thingDefinition(const DataType &type);
    static QJsonArray listParameters();
    static QJsonObject schemaOf(const FieldType &type);
    // The success answer under `code`, then 400, 401, 404, 405, 429, 500
    // and 503 with the bodies Bubble's Swagger declares.
    static QJsonObject responses(int code, const QString &success, const QJsonObject &successSchema,
                                 const QString &failure = QStringLiteral("Bad request"));
};

} // namespace gatehouse
