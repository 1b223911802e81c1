#pragma once

#include "RequestLogEntry.h"

#include "engine/Clock.h"
#include "model/ProjectSettings.h"
#include "model/Result.h"

#include <QObject>

#include <memory>

namespace gatehouse {

class DetectDataListener;
class EngineHandler;
class HttpServer;
class LiveDataStore;
class ProjectFileFollower;
class ProjectSnapshots;
class RequestLog;
struct HttpExchange;

// A project file on the test server, as `gatehouse-cli serve` and the
// editor both run it: its live data and its request log opened from the
// file, the engine behind the HTTP server. Each answered request is kept in
// the log, then announced. It decides nothing itself.
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
    LiveDataStore &liveData() { return *m_store; }
    // "Detect data": where calls to /wf/<name>/initialize go; before start.
    void setDetectListener(DetectDataListener *listener);
    // New request limits and log size, for the requests that start after.
    void applyLimits(const RequestLimits &limits);
    // Stops listening; requests answered before the stop still reach the log.
    void stop();

signals:
    void answered(const gatehouse::RequestLogEntry &entry);
    // Said once: a locked file must not flood the console or the status bar.
    void logProblem(const QString &message);

private:
    ServedProject() = default;
    void keep(const HttpExchange &exchange);

    SystemClock m_clock;
    bool m_logFailed = false;
    // Destroyed in reverse: the server (and its thread) before what it uses.
    std::unique_ptr<LiveDataStore> m_store;
    std::unique_ptr<RequestLog> m_log;
    std::shared_ptr<EngineHandler> m_handler;
    std::unique_ptr<HttpServer> m_server;
};

} // namespace gatehouse
