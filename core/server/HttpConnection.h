#pragma once

#include "HttpExchange.h"
#include "HttpRequestParser.h"
#include "ServerContext.h"

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

#include <memory>

class QTcpSocket;

namespace gatehouse {

// One client connection: reads requests as bytes arrive, answers each in
// order (keep-alive and pipelining), enforces the limits and timeouts, and
// closes after a protocol error. Deletes itself when the socket is done.
class HttpConnection : public QObject
{
    Q_OBJECT

public:
    HttpConnection(QTcpSocket *socket, ServerContext &context, QObject *parent = nullptr);
    ~HttpConnection() override;

    void abort();
    // The server stops: what is already answered still goes out, for at most
    // `waitMs`, then the connection closes.
    void closeForStop(int waitMs);

signals:
    void exchanged(const gatehouse::HttpExchange &exchange);
    void finished();

private:
    enum class Phase
    {
        Idle,      // keep-alive, waiting for a request to start
        Header,    // a request has started, its header is not complete
        Body,      // header complete, body arriving
        Deciding,  // the request is with the engine; nothing more is read
        Closing,   // last response queued, waiting for it to be written
        Lingering, // written and half-closed, discarding input until the peer closes
        Finished
    };

    void readAvailable();
    void processBuffer();
    // How an answer goes out once the engine has decided.
    struct Answering
    {
        bool keepAlive = true;
        bool headOnly = false;
        HttpExchange exchange;
    };

    void answer(ParsedRequest parsed);
    void decide(EngineRequest request, Answering answering);
    void decided(const EngineResponse &response, const Answering &answering);
    void deliver(const EngineResponse &response, const Answering &answering);
    void nextRequest();
    static HttpExchange orphanedExchange(const EngineResponse &response, HttpExchange exchange);
    void answerError(int status, const QString &message);
    void answerError(int status, const QString &message, HttpExchange exchange);
    void send(const EngineResponse &response, bool keepAlive, HttpExchange exchange,
              bool headOnly = false);
    void closeAfterWrite();
    void halfCloseAndLinger();
    void onBytesWritten();
    void onTimeout();
    void checkBodyRate();
    int bodyCheckIntervalMs() const;
    void enterPhase(Phase phase);
    void finish();
    bool outputBacklogged() const;
    qsizetype inputCap() const;
    HttpExchange newExchange() const;

    QTcpSocket *m_socket;
    ServerContext &m_context;
    HttpRequestParser m_parser;
    QByteArray m_buffer;
    QTimer m_timer;
    QElapsedTimer m_requestClock;
    QElapsedTimer m_bodyClock; // since the end of the header
    qint64 m_bodyBytes = 0;    // read since then
    Phase m_phase = Phase::Idle;
    bool m_paused = false;
    QString m_peer;          // "127.0.0.1:54321"
    QString m_clientAddress; // "127.0.0.1": what per-client limits count by
};

} // namespace gatehouse
