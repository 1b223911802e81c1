#pragma once

#include "DataApiContext.h"
#include "EngineResponse.h"

#include <QJsonObject>

namespace gatehouse {

// The Data API's writes. Each is allowed only by a privacy rule that grants
// it through the API (or an admin token): create is checked on the new
// record, modify before and after the change, delete on the record.
class DataApiWriter
{
public:
    static EngineResponse create(const DataApiContext &context);
    static EngineResponse modify(const DataApiContext &context, const QString &id, bool replace);
    static EngineResponse remove(const DataApiContext &context, const QString &id);
    static EngineResponse bulkCreate(const DataApiContext &context);

private:
    struct Written
    {
        std::optional<Record> record;
        int status = 0;
        QString code;
        QString message;
    };
    static Written createOne(const DataApiContext &context, const QJsonObject &fields);
    // A password is given back unhashed in `password`, for storePassword().
    static QString applyFields(const DataApiContext &context, const QJsonObject &fields,
                               Record &record, std::optional<QString> &password);
    static QString storePassword(const DataApiContext &context,
                                 const std::optional<QString> &password, Record &record,
                                 bool created);
    static QString valueProblem(const DataApiContext &context, const FieldType &type,
                                const QJsonValue &value);
    static std::optional<EngineResponse> endSessions(const DataApiContext &context,
                                                     const QString &userId);
    static EngineResponse denied(const DataApiContext &context, const QString &translation,
                                 const QString &reason);
    // A 400 for a body or field the operation cannot take, with its trace step.
    static EngineResponse badBody(const DataApiContext &context, const QString &message);
    // A write that failed: a store failure is the 503 that names nothing of the store.
    static EngineResponse storeRefusal(const DataApiContext &context, const Error &error);
    static EngineResponse fromWritten(const DataApiContext &context, const Written &written);
    static EngineResponse stoppedAt(const DataApiContext &context, int lineNumber);
};

} // namespace gatehouse
