#pragma once

#include "engine/DataStore.h"
#include "model/Result.h"

namespace gatehouse {

// Where a request's engine finds its data store. Requests are decided on
// several engine threads at once, and one store (one SQLite connection)
// must never serve two of them at the same time: a provider hands out a
// store the calling thread may use until it gives it back.
class StoreProvider
{
public:
    virtual ~StoreProvider() = default;
    // A store for the calling thread, or why there is none (a store failure,
    // which refuses the request).
    virtual Result<DataStore *> acquire() = 0;
    // After the request that acquired it, on the same thread.
    virtual void release(DataStore *store) = 0;
};

} // namespace gatehouse
