#include "EngineHandler.h"

#include "engine/Engine.h"

namespace gatehouse {

EngineHandler::EngineHandler(const ProjectSnapshots &snapshots, DataStore &store,
                             const Clock &clock, ProjectFileFollower *follower)
    : m_snapshots(snapshots), m_store(store), m_clock(clock), m_follower(follower)
{
}

EngineResponse EngineHandler::handle(const EngineRequest &request)
{
    if (m_follower)
        m_follower->refresh();
    Engine engine(m_snapshots.current(), m_store, m_clock);
    engine.setDetectListener(m_detectListener);
    return engine.handle(request);
}

void EngineHandler::tick()
{
    if (m_follower)
        m_follower->refresh();
    Engine(m_snapshots.current(), m_store, m_clock).runDueScheduledWorkflows();
}

} // namespace gatehouse
