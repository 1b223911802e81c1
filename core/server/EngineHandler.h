#pragma once

#include "ProjectFileFollower.h"
#include "ProjectSnapshots.h"
#include "RequestHandler.h"

#include "engine/Clock.h"
#include "engine/DataStore.h"
#include "engine/DetectDataListener.h"

namespace gatehouse {

// Puts the engine behind the HTTP server: each request is decided by a new
// Engine over the snapshot current when it arrived. Nothing is decided here.
// Runs on the server thread, which alone uses the data store.
class EngineHandler final : public RequestHandler
{
public:
    // With a follower, each request first picks up a save of the project
    // file made by another program.
    EngineHandler(const ProjectSnapshots &snapshots, DataStore &store, const Clock &clock,
                  ProjectFileFollower *follower = nullptr);

    EngineResponse handle(const EngineRequest &request) override;
    // Where calls to /wf/<name>/initialize go; set before the server starts.
    void setDetectListener(DetectDataListener *listener) { m_detectListener = listener; }
    // Picks up a save of the file, and runs the scheduled workflows whose
    // time has come, so they run on time even when no request arrives.
    void tick() override;

private:
    const ProjectSnapshots &m_snapshots;
    DataStore &m_store;
    const Clock &m_clock;
    ProjectFileFollower *m_follower;
    DetectDataListener *m_detectListener = nullptr;
};

} // namespace gatehouse
