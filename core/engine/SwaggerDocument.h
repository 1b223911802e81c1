#pragma once

#include "model/Project.h"

#include <QJsonObject>

namespace gatehouse {

// The Swagger 2.0 file Bubble serves at /api/1.1/meta/swagger.json
// (shared/reference/bubble-api.md §8.1): every exposed workflow and Data API
// type, their parameters and schemas, and the security schemes. Only what is
// exposed appears; nothing private is described.
class SwaggerDocument
{
public:
    static QJsonObject build(const Project &project, const QString &basePath);

private:
    static QJsonObject workflowPath(const Workflow &workflow);
    static void addDataType(const DataType &type, QJsonObject &paths, QJsonObject &definitions);
    static QJsonObject schemaOf(const FieldType &type);
    static QJsonObject responses(const QString &success, const QJsonObject &successSchema);
};

} // namespace gatehouse
