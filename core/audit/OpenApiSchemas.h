#pragma once

#include "model/Project.h"

#include <QJsonObject>

namespace gatehouse::audit {

// The JSON Schemas of the OpenAPI export: field types, the things a Data API
// type returns, and the engine's answers (BubbleResponses), in 3.0 or 3.1
// dialect (they differ in how a null is written).
class OpenApiSchemas
{
public:
    enum class Version
    {
        V30,
        V31
    };

    OpenApiSchemas(const Project &project, Version version);

    QJsonObject ofField(const FieldType &type) const;
    QJsonObject text() const;
    QJsonObject id() const;
    QJsonObject thing(const DataType &type) const;
    QJsonObject thingBody(const DataType &type) const;
    // The components every export holds: error shapes and the success envelopes.
    QJsonObject errorSchemas() const;
    QJsonObject nullValue() const;

    static QJsonObject ref(const QString &name);
    static QJsonObject object(const QJsonObject &properties, const QStringList &required = {});

private:
    const Project &m_project;
    Version m_version;
};

} // namespace gatehouse::audit
