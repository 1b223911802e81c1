#pragma once

#include "EngineRequest.h"

namespace gatehouse {

// Whether deciding a request may write the live data, from the request
// alone, before it is decided: what lets the server keep a request that
// only reads off the one writer (server/GroupCommit). It says "only
// reads" only when sure: a Data API read (GET) presenting no credential,
// whose use would be written, and what is no API route at all. Anything
// else may write. Even then a scheduled run may come due: a store lent
// for reading refuses every write, and the request is decided again as
// one that writes.
class RequestWrites
{
public:
    static bool mayWrite(const EngineRequest &request);
};

} // namespace gatehouse
