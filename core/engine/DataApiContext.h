#pragma once

#include "Clock.h"
#include "DataStore.h"
#include "EngineRequest.h"
#include "PendingPasswords.h"
#include "Principal.h"
#include "PrivacyGate.h"
#include "Trace.h"

#include "model/Project.h"

namespace gatehouse {

// What a Data API operation works with, for one request.
struct DataApiContext
{
    const Project &project;
    DataStore &store;
    const PrivacyGate &privacy;
    const Clock &clock;
    const Principal &principal;
    const EngineRequest &request;
    const DataType &type;
    Trace &trace;
    PendingPasswords &passwords; // hashed once the request's changes commit

    QString subject() const { return QStringLiteral("data type `%1`").arg(type.name); }
};

} // namespace gatehouse
