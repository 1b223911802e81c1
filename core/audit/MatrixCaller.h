#pragma once

#include "MatrixPrincipal.h"

#include "engine/EngineRequest.h"
#include "engine/Principal.h"

#include <optional>

namespace gatehouse::audit {

// A matrix row as the engine sees the caller: the principal the
// authenticator made, or, for a token it refuses, the request that
// presents the token, so each question is asked in the engine's order.
struct MatrixCaller
{
    MatrixPrincipal row;
    std::optional<Principal> principal;
    EngineRequest request;
};

} // namespace gatehouse::audit
