#include "EngineHandler.h"

#include "engine/Engine.h"

namespace gatehouse {

EngineHandler::EngineHandler(const ProjectSnapshots &snapshots, DataStore &store,
                             const Clock &clock)
    : m_snapshots(snapshots), m_store(store), m_clock(clock)
{
}

EngineResponse EngineHandler::handle(const EngineRequest &request)
{
    Engine engine(m_snapshots.current(), m_store, m_clock);
    return engine.handle(request);
}

} // namespace gatehouse
