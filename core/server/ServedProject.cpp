#include "ServedProject.h"

#include "EngineHandler.h"
#include "HttpServer.h"
#include "RequestLog.h"

#include "storage/LiveDataStore.h"

#include <QCoreApplication>

namespace gatehouse {

Result<std::unique_ptr<ServedProject>> ServedProject::open(const QString &path,
                                                           const ProjectSnapshots &snapshots,
                                                           const RequestLimits &limits,
                                                           ProjectFileFollower *follower)
{
    auto store = LiveDataStore::open(path);
    if (!store)
        return store.error();
    auto log = RequestLog::open(path, limits.requestLogSize);
    if (!log)
        return log.error();
    std::unique_ptr<ServedProject> served(new ServedProject);
    served->m_store = std::move(store).value();
    served->m_log = std::move(log).value();
    served->m_handler =
        std::make_shared<EngineHandler>(snapshots, *served->m_store, served->m_clock, follower);
    served->m_server =
        std::make_unique<HttpServer>(served->m_handler, ServerLimits::fromSettings(limits));
    connect(served->m_server.get(), &HttpServer::exchanged, served.get(), &ServedProject::keep);
    return served;
}

ServedProject::~ServedProject()
{
    if (m_server)
        m_server->stop();
}

void ServedProject::setDetectListener(DetectDataListener *listener)
{
    m_handler->setDetectListener(listener);
}

void ServedProject::applyLimits(const RequestLimits &limits)
{
    m_log->setCapacity(limits.requestLogSize);
    if (const ServerLimits wanted = ServerLimits::fromSettings(limits);
        m_server->limits() != wanted)
        m_server->setLimits(wanted);
}

void ServedProject::stop()
{
    m_server->stop();
    QCoreApplication::sendPostedEvents(m_server.get(), QEvent::MetaCall);
}

void ServedProject::keep(const HttpExchange &exchange)
{
    const RequestLogEntry entry = RequestLogEntry::fromExchange(exchange);
    if (auto kept = m_log->append(entry); !kept && !m_logFailed) {
        m_logFailed = true;
        emit logProblem(kept.errorMessage());
    }
    emit answered(entry);
}

} // namespace gatehouse
