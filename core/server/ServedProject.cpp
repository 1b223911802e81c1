#include "ServedProject.h"

#include "EngineHandler.h"
#include "HttpServer.h"
#include "LiveStorePool.h"
#include "RequestLog.h"

#include "storage/LiveDataStore.h"

#include <QCoreApplication>
#include <QElapsedTimer>

namespace gatehouse {

Result<std::unique_ptr<ServedProject>> ServedProject::open(const QString &path,
                                                           const ProjectSnapshots &snapshots,
                                                           const RequestLimits &limits,
                                                           ProjectFileFollower *follower)
{
    auto store = LiveDataStore::open(path);
    if (!store)
        return store.error();
    std::unique_ptr<ServedProject> served(new ServedProject);
    served->m_requestLimits = limits;
    served->m_store = std::move(store).value();
    served->m_store->setRunsRecheckInterval(kLogFlushMs);
    served->m_log = RequestLog::sharing(served->m_store->database(), limits.requestLogSize);
    auto engineStores = std::make_unique<LiveStorePool>(path);
    engineStores->setRunsRecheckInterval(kLogFlushMs);
    served->m_engineStores = engineStores.get();
    served->m_handler = std::make_shared<EngineHandler>(snapshots, std::move(engineStores),
                                                        served->m_clock, follower);
    served->m_server =
        std::make_unique<HttpServer>(served->m_handler, ServerLimits::fromSettings(limits));
    served->m_server->setPeriodicTask(kLogFlushMs, [raw = served.get()] { raw->flushLog(); });
    connect(served->m_server.get(), &HttpServer::exchanged, served.get(), &ServedProject::keep);
    return served;
}

ServedProject::~ServedProject()
{
    if (m_server)
        stop();
}

void ServedProject::setDetectListener(DetectDataListener *listener)
{
    m_handler->setDetectListener(listener);
}

void ServedProject::applyLimits(const RequestLimits &limits)
{
    m_requestLimits = limits;
    m_log->setCapacity(limits.requestLogSize);
    if (const ServerLimits wanted = m_overrides.appliedTo(ServerLimits::fromSettings(limits));
        m_server->limits() != wanted)
        m_server->setLimits(wanted);
}

void ServedProject::setLimitOverrides(const ServerLimitOverrides &overrides)
{
    m_overrides = overrides;
    applyLimits(m_requestLimits);
}

void ServedProject::setLogQueueBound(int bound)
{
    m_log->setQueueBound(bound);
}

void ServedProject::stop()
{
    m_server->stop();
    QCoreApplication::sendPostedEvents(m_server.get(), QEvent::MetaCall);
    // The server thread has ended: its connection is this thread's now.
    if (auto flushed = m_log->flush(RequestLog::LockWait::Yes);
        !flushed && !m_logFailed.exchange(true))
        emit logProblem(flushed.errorMessage());
    reportDrops();
}

EngineResponse ServedProject::simulate(EngineRequest request, const QString &token)
{
    request.simulateAsToken = token;
    QElapsedTimer elapsed;
    elapsed.start();
    HttpExchange exchange;
    exchange.received = QDateTime::currentDateTimeUtc();
    const EngineResponse response = m_handler->handle(request);
    exchange.method = request.method;
    exchange.path = request.path;
    exchange.status = response.status;
    exchange.requestBodyBytes = request.body.size();
    exchange.responseBodyBytes = response.body.size();
    exchange.durationMs = elapsed.elapsed();
    exchange.handled = true;
    exchange.principal = response.principal;
    exchange.trace = response.trace;
    exchange.simulated = true;
    keep(exchange);
    return response;
}

void ServedProject::keep(const HttpExchange &exchange)
{
    RequestLogEntry entry = RequestLogEntry::fromExchange(exchange);
    m_log->append(entry);
    emit answered(entry);
}

void ServedProject::flushLog()
{
    if (auto flushed = m_log->flush(); !flushed && !m_logFailed.exchange(true)) {
        QMetaObject::invokeMethod(
            this, [this, message = flushed.errorMessage()] { emit logProblem(message); },
            Qt::QueuedConnection);
    }
    if (m_log->queue().dropped() != m_dropsReported)
        QMetaObject::invokeMethod(this, &ServedProject::reportDrops, Qt::QueuedConnection);
}

void ServedProject::reportDrops()
{
    const qint64 total = m_log->queue().dropped();
    if (m_dropsReported.exchange(total) != total)
        emit logDropped(total);
}

} // namespace gatehouse
