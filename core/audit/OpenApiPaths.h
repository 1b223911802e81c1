#pragma once

#include "AuditContext.h"
#include "OpenApiSchemas.h"

#include <QJsonObject>

namespace gatehouse::audit {

// The paths of the OpenAPI export, one operation at a time, each asked of
// the engine: reachable, and with or without a token.
class OpenApiPaths
{
public:
    OpenApiPaths(const AuditContext &context, const OpenApiSchemas &schemas);

    QJsonObject workflows() const;
    QJsonObject dataTypes() const;

private:
    using Op = DataApiGate::Operation;
    // Who the engine lets through: anyone, any token, or only an admin token.
    enum class Caller
    {
        Anyone,
        AnyToken,
        AdminToken
    };

    QJsonObject workflowOperation(const Workflow &workflow) const;
    QJsonObject workflowRequest(const Workflow &workflow) const;
    QJsonObject workflowSuccess(const Workflow &workflow) const;
    QJsonArray queryParameters(const Workflow &workflow) const;
    QJsonObject dataOperation(const DataType &type, Op op, const QString &summary,
                              const QJsonObject &success) const;
    QJsonObject bulk(const DataType &type) const;
    QJsonArray listParameters() const;
    Caller dataCaller(const DataType &type, Op op) const;
    static QJsonArray security(Caller caller);
    QJsonObject errors() const;

    const AuditContext &m_context;
    const OpenApiSchemas &m_schemas;
};

} // namespace gatehouse::audit
