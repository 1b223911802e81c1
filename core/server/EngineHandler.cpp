#include "EngineHandler.h"

#include "SharedStore.h"

#include "engine/Engine.h"
#include "engine/RequestWrites.h"
#include "engine/StoreFailure.h"

using namespace Qt::Literals::StringLiterals;

namespace gatehouse {

namespace {

// Gives the store back however the request ends.
class LentStore
{
public:
    explicit LentStore(StoreProvider &stores, bool forReading = false)
        : m_stores(stores), m_store(forReading ? stores.acquireForReading() : stores.acquire())
    {
    }
    ~LentStore()
    {
        if (m_store && !m_finished)
            m_stores.release(m_store.value());
    }
    // Gives it back once the request's writes are committed: why they were
    // not kept, if they were not.
    std::optional<Error> finish()
    {
        m_finished = true;
        return m_store ? m_stores.finish(m_store.value()) : std::nullopt;
    }
    LentStore(const LentStore &) = delete;
    LentStore &operator=(const LentStore &) = delete;

    const Result<DataStore *> &store() const { return m_store; }
    bool triedToWrite() const { return m_store && m_stores.triedToWrite(m_store.value()); }

private:
    StoreProvider &m_stores;
    Result<DataStore *> m_store;
    bool m_finished = false;
};

} // namespace

EngineHandler::EngineHandler(const ProjectSnapshots &snapshots,
                             std::unique_ptr<StoreProvider> stores, const Clock &clock,
                             ProjectFileFollower *follower)
    : m_snapshots(snapshots), m_stores(std::move(stores)), m_clock(clock), m_follower(follower)
{
}

EngineHandler::EngineHandler(const ProjectSnapshots &snapshots, DataStore &store,
                             const Clock &clock, ProjectFileFollower *follower)
    : EngineHandler(snapshots, std::make_unique<SharedStore>(store), clock, follower)
{
}

void EngineHandler::followFile()
{
    if (!m_follower)
        return;
    QMutexLocker locker(&m_followerMutex);
    m_follower->refresh();
}

// A request that only reads is decided on a read connection, beside the
// writer; one that tried to write after all (a scheduled run came due) is
// decided again as one that writes: the first try wrote nothing.
EngineResponse EngineHandler::handle(const EngineRequest &request)
{
    followFile();
    if (!RequestWrites::mayWrite(request)) {
        bool triedToWrite = false;
        EngineResponse read = decide(request, true, &triedToWrite);
        if (!triedToWrite)
            return read;
    }
    return decide(request, false, nullptr);
}

EngineResponse EngineHandler::decide(const EngineRequest &request, bool forReading,
                                     bool *triedToWrite)
{
    LentStore lent(*m_stores, forReading);
    if (!lent.store()) {
        Trace trace;
        EngineResponse refused = StoreFailure::refuse(
            Error{u"no live data for this request: %1"_s.arg(lent.store().errorMessage()),
                  ErrorCode::StoreRead},
            trace);
        refused.trace = trace;
        return refused;
    }
    Engine engine(m_snapshots.current(), *lent.store().value(), m_clock);
    engine.setDetectListener(m_detectListener);
    EngineResponse response = engine.handle(request);
    if (triedToWrite)
        *triedToWrite = lent.triedToWrite();
    // Answered only once its writes are committed: a batch that failed to
    // commit kept none of them, whatever the engine decided.
    if (const std::optional<Error> notKept = lent.finish();
        notKept && !StoreFailure::isRefusal(response)) {
        const QString principal = response.principal;
        response = StoreFailure::refuse(*notKept, response.trace);
        response.principal = principal;
    }
    return response;
}

void EngineHandler::tick()
{
    followFile();
    const LentStore lent(*m_stores);
    if (lent.store())
        Engine(m_snapshots.current(), *lent.store().value(), m_clock).runDueScheduledWorkflows();
}

} // namespace gatehouse
