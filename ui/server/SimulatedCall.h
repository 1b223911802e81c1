#pragma once

#include "RequestSender.h"

#include "engine/EngineRequest.h"
#include "engine/EngineResponse.h"

namespace gatehouse {

// The Request panel's call as the engine reads it when it is simulated in
// the editor's process, and the engine's answer as the panel shows it. It
// adds no credential: who calls is the engine's to decide from the token.
class SimulatedCall
{
public:
    static EngineRequest requestOf(const RequestSender::Call &call);
    static RequestAnswer answerOf(const EngineResponse &response, qint64 ms);
};

} // namespace gatehouse
