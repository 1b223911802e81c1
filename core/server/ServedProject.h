#pragma once

#include "RequestLogEntry.h"
#include "ServerLimitOverrides.h"

#include "engine/Clock.h"
#include "engine/EngineRequest.h"
#include "engine/EngineResponse.h"
#include "model/ProjectSettings.h"
#include "model/Result.h"

#include <QObject>

#include <atomic>
#include <memory>

namespace gatehouse {

class DetectDataListener;
class EngineHandler;
class HttpServer;
class LiveDataStore;
class LiveStorePool;
class ProjectFileFollower;
class ProjectSnapshots;
class RequestLog;
struct HttpExchange;

// A project file on the test server, as `gatehouse-cli serve` and the
// editor both run it: its live data and its request log opened from the
// file, the engine behind the HTTP server. Each answered request is queued
// for the log, then announced; the server thread, which owns the live
// data's connection, writes the log in batches every kLogFlushMs and the
// stop writes the rest. It decides nothing itself.
class ServedProject : public QObject
{
    Q_OBJECT

public:
    // Opens the live data and the log of `path`, a project file at the
    // current version, to serve `snapshots`; not listening yet.
    static Result<std::unique_ptr<ServedProject>> open(const QString &path,
                                                       const ProjectSnapshots &snapshots,
                                                       const RequestLimits &limits,
                                                       ProjectFileFollower *follower = nullptr);
    ~ServedProject() override;

    HttpServer &http() { return *m_server; }
    // The connection the request log is written on, and the reset uses; the
    // engine threads have their own (engineStores()).
    LiveDataStore &liveData() { return *m_store; }
    LiveStorePool &engineStores() { return *m_engineStores; }
    // "Detect data": where calls to /wf/<name>/initialize go; before start.
    void setDetectListener(DetectDataListener *listener);
    static constexpr int kLogFlushMs = 200;

    // New request limits and log size, for the requests that start after.
    void applyLimits(const RequestLimits &limits);
    // Limits given for this run only, over the project's (`serve`'s options).
    void setLimitOverrides(const ServerLimitOverrides &overrides);
    // At most this many log entries wait in memory; past it the oldest go.
    void setLogQueueBound(int bound);
    RequestLog &log() { return *m_log; }
    // "Simulate as" token `token`, in this process only: the engine decides
    // `request` over the same snapshot and live data as the server's
    // requests, with the principal it builds from the token's record (no
    // secret anywhere); logged and announced as simulated. Nothing that
    // comes over the wire reaches this.
    EngineResponse simulate(EngineRequest request, const QString &token);
    // Stops listening; requests answered before the stop still reach the
    // log, which it writes.
    void stop();

signals:
    void answered(const gatehouse::RequestLogEntry &entry);
    // Said once: a locked file must not flood the console or the status bar.
    void logProblem(const QString &message);
    // Entries the log dropped, unwritten, because it fell behind: the count
    // in all, said at most once a batch when it grew.
    void logDropped(qint64 total);

private:
    ServedProject() = default;
    void keep(const HttpExchange &exchange);
    // On the server thread, between requests.
    void flushLog();
    void reportDrops();

    SystemClock m_clock;
    RequestLimits m_requestLimits;
    ServerLimitOverrides m_overrides;
    std::atomic<bool> m_logFailed = false;
    std::atomic<qint64> m_dropsReported = 0;
    // Destroyed in reverse: the server (and its thread) before what it uses.
    std::unique_ptr<LiveDataStore> m_store;
    std::unique_ptr<RequestLog> m_log;
    std::shared_ptr<EngineHandler> m_handler;
    LiveStorePool *m_engineStores = nullptr; // owned by m_handler
    std::unique_ptr<HttpServer> m_server;
};

} // namespace gatehouse
