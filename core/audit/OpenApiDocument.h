#pragma once

#include "OpenApiSchemas.h"

#include <QJsonObject>

namespace gatehouse::audit {

class AuditContext;

// The OpenAPI 3.1 (or 3.0) description of what the engine serves: each
// workflow and Data API operation the engine lets an unrestricted admin
// token reach, with the security the engine asks of anonymous callers, and
// the answers it gives (201 on create, 204 on modify and delete, the error
// shapes). It lives beside the audit because both ask the engine; exchange/
// reads only the model.
class OpenApiDocument
{
public:
    static QJsonObject build(const Project &project, OpenApiSchemas::Version version,
                             const QString &serverUrl = {});
    static QByteArray write(const Project &project, OpenApiSchemas::Version version,
                            const QString &serverUrl = {});
};

} // namespace gatehouse::audit
