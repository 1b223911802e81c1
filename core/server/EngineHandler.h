#pragma once

#include "ProjectFileFollower.h"
#include "ProjectSnapshots.h"
#include "RequestHandler.h"
#include "StoreProvider.h"

#include "engine/Clock.h"
#include "engine/DataStore.h"
#include "engine/DetectDataListener.h"

#include <QMutex>

#include <memory>

namespace gatehouse {

// Puts the engine behind the HTTP server: each request is decided by a new
// Engine over the snapshot current when it arrived and a store the provider
// lends its thread. Nothing is decided here. Called on several engine
// threads at once.
class EngineHandler final : public RequestHandler
{
public:
    // With a follower, each request first picks up a save of the project
    // file made by another program.
    EngineHandler(const ProjectSnapshots &snapshots, std::unique_ptr<StoreProvider> stores,
                  const Clock &clock, ProjectFileFollower *follower = nullptr);
    // One store for all: its requests are decided one at a time.
    EngineHandler(const ProjectSnapshots &snapshots, DataStore &store, const Clock &clock,
                  ProjectFileFollower *follower = nullptr);

    EngineResponse handle(const EngineRequest &request) override;
    // Where calls to /wf/<name>/initialize go; set before the server starts.
    void setDetectListener(DetectDataListener *listener) { m_detectListener = listener; }
    // Picks up a save of the file, and runs the scheduled workflows whose
    // time has come, so they run on time even when no request arrives.
    void tick() override;

    StoreProvider &stores() { return *m_stores; }

private:
    void followFile();
    EngineResponse decide(const EngineRequest &request, bool forReading, bool *triedToWrite);

    const ProjectSnapshots &m_snapshots;
    std::unique_ptr<StoreProvider> m_stores;
    const Clock &m_clock;
    QMutex m_followerMutex; // the follower reads its stamp on one connection
    ProjectFileFollower *m_follower;
    DetectDataListener *m_detectListener = nullptr;
};

} // namespace gatehouse
