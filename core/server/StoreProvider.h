#pragma once

#include "engine/DataStore.h"
#include "model/Result.h"

#include <optional>

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
    // release(), once what the request wrote is committed: the error when
    // it was not kept, after all (a group commit that failed), and the
    // request must not be answered as if it was.
    // A store for a request that only reads (engine/RequestWrites): it
    // refuses every write, and triedToWrite() then says to decide the
    // request again on one from acquire().
    virtual Result<DataStore *> acquireForReading() { return acquire(); }
    virtual bool triedToWrite(const DataStore *) const { return false; }
    virtual std::optional<Error> finish(DataStore *store)
    {
        release(store);
        return std::nullopt;
    }
};

} // namespace gatehouse
