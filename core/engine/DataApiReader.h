#pragma once

#include "DataApiContext.h"
#include "EngineResponse.h"

namespace gatehouse {

// The Data API's reads: a search (privacy rules decide what is found and
// which fields show) and a get by id (only what the caller could find).
class DataApiReader
{
public:
    static EngineResponse list(const DataApiContext &context);
    static EngineResponse get(const DataApiContext &context, const QString &id);

    static EngineResponse missingObject(const DataApiContext &context, const QString &id);
    static EngineResponse hiddenObject(const DataApiContext &context, const QString &id,
                                       const RecordAccess &access);
    static QString missingMessage(const DataApiContext &context, const QString &id);
};

} // namespace gatehouse
