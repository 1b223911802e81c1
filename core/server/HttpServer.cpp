#include "HttpServer.h"

#include "ServerWorker.h"

#include <QHostAddress>
#include <QThread>

using namespace Qt::Literals::StringLiterals;

namespace gatehouse {

namespace {
Result<QHostAddress> addressOf(const QString &host)
{
    if (host.compare(u"localhost"_s, Qt::CaseInsensitive) == 0)
        return QHostAddress(QHostAddress::LocalHost);
    QHostAddress address;
    if (!address.setAddress(host))
        return Error{u"`%1` is not an IP address"_s.arg(host)};
    return address;
}
} // namespace

HttpServer::HttpServer(std::shared_ptr<RequestHandler> handler, const ServerLimits &limits,
                       QObject *parent)
    : QObject(parent), m_handler(std::move(handler)), m_limits(limits)
{
    qRegisterMetaType<gatehouse::HttpExchange>();
}

HttpServer::~HttpServer()
{
    stop();
}

Result<quint16> HttpServer::start(const QString &host, quint16 port)
{
    if (isRunning())
        return Error{u"the server is already listening on port %1"_s.arg(m_port)};
    if (!m_handler)
        return Error{u"the server has no request handler"_s};
    const Result<QHostAddress> address = addressOf(host);
    if (!address)
        return address.error();
    const bool loopback = address->isLoopback();
    if (!loopback && !m_allowNonLoopback) {
        return Error{u"refusing to listen on `%1`: only loopback addresses are allowed unless "
                     "non-loopback binding is enabled explicitly"_s.arg(host)};
    }
    ServerContext context;
    context.handler = m_handler;
    context.limits = m_limits;
    context.rateClock = m_rateClock;
    context.allowRemote = m_allowNonLoopback;
    m_thread = new QThread;
    m_thread->setObjectName(u"gatehouse-http"_s);
    m_worker = new ServerWorker(std::move(context));
    if (m_periodicTask)
        m_worker->setPeriodicTask(m_periodicTaskMs, m_periodicTask);
    m_worker->moveToThread(m_thread);
    connect(m_worker, &ServerWorker::exchanged, this, &HttpServer::exchanged);
    m_thread->start();
    Result<quint16> bound = Error{};
    QMetaObject::invokeMethod(
        m_worker, [&] { bound = m_worker->listen(*address, port); }, Qt::BlockingQueuedConnection);
    if (!bound) {
        stop();
        return bound;
    }
    m_port = *bound;
    if (!loopback) {
        const QString message =
            u"warning: the test server listens on `%1` port %2, reachable from other "
            "machines; it is meant for local testing only"_s.arg(host)
                .arg(m_port);
        qWarning("%s", qUtf8Printable(message));
        emit warning(message);
    }
    return bound;
}

void HttpServer::stop()
{
    if (!m_worker)
        return;
    QMetaObject::invokeMethod(
        m_worker, [this] { m_worker->shutdown(); }, Qt::BlockingQueuedConnection);
    m_thread->quit();
    m_thread->wait();
    delete m_worker;
    delete m_thread;
    m_worker = nullptr;
    m_thread = nullptr;
    m_port = 0;
}

void HttpServer::setPeriodicTask(int intervalMs, std::function<void()> task)
{
    m_periodicTaskMs = intervalMs;
    m_periodicTask = std::move(task);
}

void HttpServer::setLimits(const ServerLimits &limits)
{
    m_limits = limits;
    if (m_worker) {
        QMetaObject::invokeMethod(m_worker,
                                  [worker = m_worker, limits] { worker->setLimits(limits); });
    }
}

} // namespace gatehouse
