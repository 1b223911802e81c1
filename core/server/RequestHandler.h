#pragma once

#include "engine/EngineResponse.h"

namespace gatehouse {

// What answers a well-formed request. The server never decides who may do
// what; it hands every request that passed the transport limits to this.
// Called on the server thread only.
class RequestHandler
{
public:
    virtual ~RequestHandler() = default;
    virtual EngineResponse handle(const EngineRequest &request) = 0;
    // Called about once a second on the server thread while it listens,
    // between requests: for work that is due without a request.
    virtual void tick() {}
};

} // namespace gatehouse
