#include "ServerWorker.h"

#include "HttpConnection.h"
#include "HttpResponseWriter.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

using namespace Qt::Literals::StringLiterals;

namespace gatehouse {

namespace {
constexpr int kTickMs = 1000;
// How long a stop waits for the answers already written to go out.
constexpr int kStopWriteMs = 2000;
} // namespace

ServerWorker::ServerWorker(ServerContext context) : m_context(std::move(context))
{
    m_context.rebuildRates();
    m_context.home = this;
    m_context.orphaned = [this](const HttpExchange &exchange) { emit exchanged(exchange); };
}

ServerWorker::~ServerWorker() = default;

Result<quint16> ServerWorker::listen(const QHostAddress &address, quint16 port)
{
    if (!m_server) {
        m_server = new QTcpServer(this);
        connect(m_server, &QTcpServer::newConnection, this, &ServerWorker::acceptPending);
        m_context.engines = std::make_unique<EngineThreads>();
        auto *ticker = new QTimer(this);
        connect(ticker, &QTimer::timeout, this, &ServerWorker::tick);
        ticker->start(kTickMs);
        if (m_periodicTask) {
            auto *periodic = new QTimer(this);
            connect(periodic, &QTimer::timeout, this, [this] { m_periodicTask(); });
            periodic->start(m_periodicTaskMs);
        }
    }
    if (!m_server->listen(address, port)) {
        return Error{u"cannot listen on `%1` port %2: %3"_s.arg(address.toString())
                         .arg(port)
                         .arg(m_server->errorString())};
    }
    if (!m_context.allowRemote)
        m_context.origins = OriginGuard(address, m_server->serverPort());
    return m_server->serverPort();
}

void ServerWorker::shutdown()
{
    if (m_server)
        m_server->close();
    // The ticker belongs to this thread: stopped here, not by the delete on
    // the caller's thread once this one has ended.
    for (QTimer *timer : findChildren<QTimer *>(Qt::FindDirectChildrenOnly))
        timer->stop();
    // Requests being decided finish (a long bulk gives up) and their answers
    // are written below like the others.
    if (m_context.engines)
        m_context.engines->stopAndWait();
    QCoreApplication::sendPostedEvents(this, QEvent::MetaCall);
    // An answer written just before the stop (the one `detect` waits for)
    // still reaches its client.
    const QDeadlineTimer deadline(kStopWriteMs);
    for (HttpConnection *connection : findChildren<HttpConnection *>(Qt::FindDirectChildrenOnly)) {
        connection->closeForStop(int(qMax<qint64>(deadline.remainingTime(), 0)));
        delete connection;
    }
    for (QTcpSocket *socket : findChildren<QTcpSocket *>(Qt::FindDirectChildrenOnly))
        delete socket;
    m_connections = 0;
    m_perClient.clear();
}

// On an engine thread, so that a scheduled run that waits for the live
// data's lock never holds up the sockets; one at a time.
void ServerWorker::tick()
{
    if (!m_context.engines || m_ticking->exchange(true))
        return;
    m_context.engines->run([handler = m_context.handler, ticking = m_ticking] {
        handler->tick();
        *ticking = false;
    });
}

void ServerWorker::setLimits(const ServerLimits &limits)
{
    const bool ratesChanged = !RateLimitGate::sameRates(limits, m_context.limits);
    m_context.limits = limits;
    if (ratesChanged)
        m_context.rebuildRates();
}

void ServerWorker::setPeriodicTask(int intervalMs, std::function<void()> task)
{
    m_periodicTaskMs = intervalMs;
    m_periodicTask = std::move(task);
}

void ServerWorker::acceptPending()
{
    while (QTcpSocket *socket = m_server->nextPendingConnection()) {
        const QString client = socket->peerAddress().toString();
        if (m_connections >= m_context.limits.maxConnections) {
            refuse(socket,
                   u"Too many connections (at most %1)"_s.arg(m_context.limits.maxConnections));
            continue;
        }
        if (m_perClient.value(client) >= m_context.limits.maxConnectionsPerClient) {
            refuse(socket, u"Too many connections from this client (at most %1)"_s.arg(
                               m_context.limits.maxConnectionsPerClient));
            continue;
        }
        ++m_connections;
        ++m_perClient[client];
        auto *connection = new HttpConnection(socket, m_context, this);
        connect(connection, &HttpConnection::exchanged, this, &ServerWorker::exchanged);
        connect(connection, &HttpConnection::finished, this, [this, client] {
            --m_connections;
            if (--m_perClient[client] <= 0)
                m_perClient.remove(client);
        });
    }
}

// Over a cap: a fixed answer, no parser, no reading.
void ServerWorker::refuse(QTcpSocket *socket, const QString &message)
{
    socket->setParent(this);
    const EngineResponse response = HttpResponseWriter::retryLater(503, message, 1);
    socket->write(HttpResponseWriter::serialize(response, false));
    connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
    socket->disconnectFromHost();
    HttpExchange exchange;
    exchange.peer = u"%1:%2"_s.arg(socket->peerAddress().toString()).arg(socket->peerPort());
    exchange.status = 503;
    exchange.responseBodyBytes = response.body.size();
    exchange.transportError = message;
    emit exchanged(exchange);
}

} // namespace gatehouse
