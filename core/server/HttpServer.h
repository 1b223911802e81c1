#pragma once

#include "HttpExchange.h"
#include "RateLimiter.h"
#include "RequestHandler.h"
#include "ServerLimits.h"
#include "model/Result.h"

#include <QObject>

#include <functional>
#include <memory>

class QThread;

namespace gatehouse {

class ServerWorker;

// The local HTTP/1.1 test server: a QTcpServer on a thread of its own with
// its own event loop, Boost.Beast's parser fed as bytes arrive, every
// well-formed request within the limits handed to the RequestHandler (on
// the server thread). Listens on loopback only unless told otherwise.
class HttpServer : public QObject
{
    Q_OBJECT

public:
    explicit HttpServer(std::shared_ptr<RequestHandler> handler, const ServerLimits &limits = {},
                        QObject *parent = nullptr);
    ~HttpServer() override;

    static QString defaultHost() { return QStringLiteral("127.0.0.1"); }

    // Needed to listen on anything but a loopback address.
    void setAllowNonLoopback(bool allow) { m_allowNonLoopback = allow; }
    // The rate limiters' clock (monotonic milliseconds); before start().
    void setRateClock(RateLimiter::MillisecondClock clock) { m_rateClock = std::move(clock); }

    // Work for the server thread between requests, every `intervalMs` while
    // it listens (the request log's batches); before start().
    void setPeriodicTask(int intervalMs, std::function<void()> task);

    // The bound port (pick one with port 0), or why not.
    Result<quint16> start(const QString &host = defaultHost(), quint16 port = 0);
    // Closes every connection, once what it was answered has been written
    // (for a moment at most), and joins the thread.
    void stop();
    bool isRunning() const { return m_worker != nullptr; }
    quint16 port() const { return m_port; }

    // Applies to requests that start after the call.
    void setLimits(const ServerLimits &limits);
    ServerLimits limits() const { return m_limits; }

signals:
    // Each answered request, from the server thread (queued to this thread).
    void exchanged(const gatehouse::HttpExchange &exchange);
    // Said once when listening on a non-loopback address.
    void warning(const QString &message);

private:
    std::shared_ptr<RequestHandler> m_handler;
    ServerLimits m_limits;
    RateLimiter::MillisecondClock m_rateClock;
    bool m_allowNonLoopback = false;
    std::function<void()> m_periodicTask;
    int m_periodicTaskMs = 0;
    QThread *m_thread = nullptr;
    ServerWorker *m_worker = nullptr;
    quint16 m_port = 0;
};

} // namespace gatehouse
