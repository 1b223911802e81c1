#pragma once

#include "EngineResponse.h"
#include "Trace.h"

#include "model/Result.h"

namespace gatehouse {

// The refusal of a request whose live data could not be read or written
// (Error::isStoreFailure): 503, and nothing it did is kept. The trace step
// names the store's error for the person reading it; the body, which the
// caller reads, never carries the file's path or SQLite's words.
class StoreFailure
{
public:
    static EngineResponse refuse(const Error &error, Trace &trace);
    // The 503 alone, for a part that keeps no trace; Engine::handle adds the step.
    static EngineResponse response(const Error &error);
    // Whether `response` is already such a refusal.
    static bool isRefusal(const EngineResponse &response);
    static QString subject();
};

} // namespace gatehouse
