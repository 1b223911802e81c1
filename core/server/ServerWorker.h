#pragma once

#include "HttpExchange.h"
#include "ServerContext.h"
#include "model/Result.h"

#include <QHash>
#include <QHostAddress>
#include <QObject>

#include <atomic>
#include <functional>
#include <memory>

class QTcpServer;
class QTcpSocket;

namespace gatehouse {

class HttpConnection;

// The part of the server that lives on the server thread: the listening
// socket, the connections and what they share. HttpServer drives it.
class ServerWorker : public QObject
{
    Q_OBJECT

public:
    explicit ServerWorker(ServerContext context);
    ~ServerWorker() override;

    Result<quint16> listen(const QHostAddress &address, quint16 port);
    void shutdown();
    void setLimits(const ServerLimits &limits);
    // Run every `intervalMs` on this thread while listening; before listen().
    void setPeriodicTask(int intervalMs, std::function<void()> task);
    int connectionCount() const { return m_connections; }

signals:
    void exchanged(const gatehouse::HttpExchange &exchange);

private:
    void acceptPending();
    void tick();
    void refuse(QTcpSocket *socket, const QString &message);

    ServerContext m_context;
    QTcpServer *m_server = nullptr;
    int m_connections = 0;
    QHash<QString, int> m_perClient; // open connections by client address
    std::function<void()> m_periodicTask;
    int m_periodicTaskMs = 0;
    std::shared_ptr<std::atomic<bool>> m_ticking = std::make_shared<std::atomic<bool>>(false);
};

} // namespace gatehouse
