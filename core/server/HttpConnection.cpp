#include "HttpConnection.h"

#include "HttpResponseWriter.h"
#include "TargetDecoder.h"

#include <QDeadlineTimer>
#include <QPointer>
#include <QTcpSocket>

#ifdef Q_OS_UNIX
#include <sys/socket.h>
#endif

using namespace Qt::Literals::StringLiterals;

namespace gatehouse {

namespace {
constexpr qsizetype minimumInputCap = 64 * 1024;
}

HttpConnection::HttpConnection(QTcpSocket *socket, ServerContext &context, QObject *parent)
    : QObject(parent), m_socket(socket), m_context(context), m_parser(context.limits)
{
    m_socket->setParent(this);
    // A response goes out when written, not after the client's next ACK
    // (Nagle's algorithm would hold a keep-alive answer back).
    m_socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    // Qt stops reading from the kernel once this much is buffered, so a
    // client sending faster than we parse is held back by TCP itself.
    m_socket->setReadBufferSize(inputCap());
    m_clientAddress = m_socket->peerAddress().toString();
    m_peer = u"%1:%2"_s.arg(m_clientAddress).arg(m_socket->peerPort());
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &HttpConnection::onTimeout);
    connect(m_socket, &QTcpSocket::readyRead, this, &HttpConnection::readAvailable);
    connect(m_socket, &QTcpSocket::bytesWritten, this, &HttpConnection::onBytesWritten);
    connect(m_socket, &QTcpSocket::disconnected, this, &HttpConnection::finish);
    connect(m_socket, &QTcpSocket::errorOccurred, this, [this] {
        if (m_socket->state() == QAbstractSocket::UnconnectedState)
            finish(); // a reset: there may be no disconnected() to follow
    });
    enterPhase(Phase::Idle);
    if (m_socket->bytesAvailable() > 0)
        QMetaObject::invokeMethod(this, &HttpConnection::readAvailable, Qt::QueuedConnection);
}

HttpConnection::~HttpConnection() = default;

void HttpConnection::abort()
{
    if (m_phase == Phase::Finished)
        return;
    m_socket->abort();
    finish();
}

void HttpConnection::closeForStop(int waitMs)
{
    if (m_phase == Phase::Finished)
        return;
    const QDeadlineTimer deadline(waitMs);
    while (m_socket->bytesToWrite() > 0 && !deadline.hasExpired() &&
           m_socket->waitForBytesWritten(int(qMax<qint64>(deadline.remainingTime(), 1)))) {
    }
    // Unread input would make the close a reset, which can destroy the
    // bytes just written before the client reads them.
    m_socket->skip(m_socket->bytesAvailable());
#ifdef Q_OS_UNIX
    ::shutdown(int(m_socket->socketDescriptor()), SHUT_WR);
#endif
    finish();
}

qsizetype HttpConnection::inputCap() const
{
    const ServerLimits &limits = m_context.limits;
    return std::max<qsizetype>(minimumInputCap,
                               qsizetype(limits.maxHeaderBytes) + limits.maxUrlLength + 1024);
}

void HttpConnection::readAvailable()
{
    if (m_phase == Phase::Lingering) {
        m_socket->skip(m_socket->bytesAvailable());
        return;
    }
    while (m_phase != Phase::Closing && m_phase != Phase::Finished && m_phase != Phase::Deciding &&
           !m_paused) {
        const qint64 room = inputCap() - m_buffer.size();
        if (room <= 0)
            break;
        const QByteArray chunk = m_socket->read(room);
        if (chunk.isEmpty())
            break;
        if (m_phase == Phase::Idle) {
            m_requestClock.start();
            enterPhase(Phase::Header);
        }
        if (m_phase == Phase::Body)
            m_bodyBytes += chunk.size();
        m_buffer += chunk;
        processBuffer();
    }
}

void HttpConnection::processBuffer()
{
    while (m_phase == Phase::Header || m_phase == Phase::Body) {
        if (m_paused)
            return;
        const HttpRequestParser::Progress progress = m_parser.feed(m_buffer);
        if (progress == HttpRequestParser::Progress::Failed) {
            answerError(m_parser.errorStatus(), m_parser.errorMessage());
            return;
        }
        if (m_parser.takeContinueRequest())
            m_socket->write(HttpResponseWriter::continueInterim());
        if (m_phase == Phase::Header && m_parser.headerDone())
            enterPhase(Phase::Body);
        if (progress == HttpRequestParser::Progress::NeedMore)
            return;
        answer(m_parser.take());
        if (m_phase != Phase::Deciding)
            nextRequest();
    }
}

// After an answer on a connection kept alive: the next request, which may
// already be here (pipelining).
void HttpConnection::nextRequest()
{
    if (m_phase == Phase::Closing || m_phase == Phase::Finished || m_phase == Phase::Lingering)
        return;
    if (m_buffer.isEmpty()) {
        enterPhase(Phase::Idle);
    } else {
        m_requestClock.start();
        enterPhase(Phase::Header);
    }
    if (outputBacklogged()) {
        m_paused = true;
        m_timer.start(m_context.limits.sendTimeoutMs);
    }
}

void HttpConnection::answer(ParsedRequest parsed)
{
    HttpExchange exchange = newExchange();
    exchange.method = parsed.method;
    exchange.requestBodyBytes = parsed.body.size();
    const std::optional<TargetDecoder::Target> target = TargetDecoder::decode(parsed.target);
    if (!target) {
        answerError(400, u"Malformed HTTP request: the target is not a path"_s);
        return;
    }
    EngineRequest request;
    request.method = std::move(parsed.method);
    request.path = target->path;
    request.query = target->query;
    request.headers = std::move(parsed.headers);
    request.body = std::move(parsed.body);
    exchange.path = request.path;
    if (const auto refusal = m_context.origins.check(request)) {
        answerError(refusal->status, refusal->message, exchange);
        return;
    }
    Answering answering{parsed.keepAlive, request.method == "HEAD", std::move(exchange)};
    const RateLimitGate::Verdict verdict = m_context.rates->admit(request, m_clientAddress);
    if (verdict.retryAfterSeconds > 0) {
        answering.exchange.transportError = verdict.message;
        deliver(HttpResponseWriter::retryLater(429, verdict.message, verdict.retryAfterSeconds),
                answering);
        return;
    }
    if (!m_context.engines || m_context.engines->isStopping()) {
        answerError(503, u"The server is stopping"_s, answering.exchange);
        return;
    }
    decide(std::move(request), std::move(answering));
}

// The engine decides on one of its threads; the socket stays here and the
// connection reads nothing more until the answer is back, so answers keep
// the order of their requests.
void HttpConnection::decide(EngineRequest request, Answering answering)
{
    answering.exchange.handled = true;
    request.serverStopping = m_context.engines->stopping();
    enterPhase(Phase::Deciding);
    m_context.engines->run([handler = m_context.handler, home = m_context.home,
                            orphaned = m_context.orphaned, self = QPointer<HttpConnection>(this),
                            request = std::move(request), answering = std::move(answering)] {
        EngineResponse response = handler->handle(request);
        // `self` is read on the server thread only, where connections are deleted.
        QMetaObject::invokeMethod(
            home,
            [self, orphaned, response = std::move(response), answering] {
                if (self)
                    self->decided(response, answering);
                else
                    orphaned(orphanedExchange(response, answering.exchange));
            },
            Qt::QueuedConnection);
    });
}

void HttpConnection::decided(const EngineResponse &response, const Answering &answering)
{
    deliver(response, answering);
    nextRequest();
    processBuffer();
    readAvailable();
}

void HttpConnection::deliver(const EngineResponse &response, const Answering &answering)
{
    send(response, answering.keepAlive, answering.exchange, answering.headOnly);
    if (!answering.keepAlive)
        closeAfterWrite();
}

HttpExchange HttpConnection::orphanedExchange(const EngineResponse &response, HttpExchange exchange)
{
    exchange.status = response.status;
    exchange.principal = response.principal;
    exchange.trace = response.trace;
    exchange.transportError = u"The client closed the connection before the answer"_s;
    return exchange;
}

void HttpConnection::answerError(int status, const QString &message)
{
    answerError(status, message, newExchange());
}

void HttpConnection::answerError(int status, const QString &message, HttpExchange exchange)
{
    exchange.transportError = message;
    send(HttpResponseWriter::error(status, message), false, exchange, exchange.method == "HEAD");
    closeAfterWrite();
}

void HttpConnection::send(const EngineResponse &response, bool keepAlive, HttpExchange exchange,
                          bool headOnly)
{
    m_socket->write(headOnly ? HttpResponseWriter::serializeHead(response, keepAlive)
                             : HttpResponseWriter::serialize(response, keepAlive));
    exchange.status = response.status;
    exchange.responseBodyBytes =
        HttpResponseWriter::bodyAllowed(response.status) ? response.body.size() : 0;
    exchange.durationMs = m_requestClock.isValid() ? m_requestClock.elapsed() : 0;
    exchange.principal = response.principal;
    exchange.trace = response.trace;
    emit exchanged(exchange);
}

HttpExchange HttpConnection::newExchange() const
{
    HttpExchange exchange;
    exchange.received = QDateTime::currentDateTimeUtc();
    exchange.peer = m_peer;
    return exchange;
}

bool HttpConnection::outputBacklogged() const
{
    return m_socket->bytesToWrite() > m_context.limits.maxPendingOutputBytes;
}

void HttpConnection::closeAfterWrite()
{
    m_buffer.clear();
    enterPhase(Phase::Closing);
    if (m_socket->bytesToWrite() == 0)
        halfCloseAndLinger();
}

// Closing a socket with unread input makes the kernel send a reset, which
// can destroy the error response before the client reads it. So: send
// everything, shut down our side only, and discard input for a moment.
void HttpConnection::halfCloseAndLinger()
{
    m_socket->flush();
#ifdef Q_OS_UNIX
    ::shutdown(int(m_socket->socketDescriptor()), SHUT_WR);
    enterPhase(Phase::Lingering);
    m_socket->skip(m_socket->bytesAvailable());
#else
    m_socket->disconnectFromHost();
    enterPhase(Phase::Lingering);
#endif
}

void HttpConnection::onBytesWritten()
{
    if (m_phase == Phase::Closing && m_socket->bytesToWrite() == 0) {
        halfCloseAndLinger();
        return;
    }
    if (m_paused && m_socket->bytesToWrite() <= m_context.limits.maxPendingOutputBytes / 2) {
        m_paused = false;
        enterPhase(m_phase);
        processBuffer();
        readAvailable();
    }
}

void HttpConnection::onTimeout()
{
    if (m_paused || m_phase == Phase::Closing || m_phase == Phase::Lingering) {
        abort(); // the client does not read, or does not close
        return;
    }
    if (m_phase == Phase::Idle) {
        closeAfterWrite();
        return;
    }
    if (m_phase == Phase::Body) {
        checkBodyRate();
        return;
    }
    answerError(
        408, u"Request header not received within %1 ms"_s.arg(m_context.limits.headerTimeoutMs));
}

// A body may take as long as it likes while it keeps coming at the minimum
// rate; one that trickles (slow POST) is cut off instead of holding a
// connection for minutes.
void HttpConnection::checkBodyRate()
{
    const ServerLimits &limits = m_context.limits;
    const qint64 late = m_bodyClock.elapsed() - limits.bodyGraceMs;
    if (late > 0 && m_bodyBytes * 1000 < qint64(limits.minBodyBytesPerSecond) * late) {
        answerError(408, u"Request body arriving slower than %1 bytes a second"_s.arg(
                             limits.minBodyBytesPerSecond));
        return;
    }
    m_timer.start(bodyCheckIntervalMs());
}

int HttpConnection::bodyCheckIntervalMs() const
{
    return std::clamp(m_context.limits.bodyGraceMs / 4, 50, 1000);
}

void HttpConnection::enterPhase(Phase phase)
{
    m_phase = phase;
    const ServerLimits &limits = m_context.limits;
    switch (phase) {
    case Phase::Idle:
        m_timer.start(limits.idleTimeoutMs);
        break;
    case Phase::Header:
        m_timer.start(limits.headerTimeoutMs);
        break;
    case Phase::Body:
        m_bodyClock.start();
        m_bodyBytes = 0;
        m_timer.start(bodyCheckIntervalMs());
        break;
    case Phase::Closing:
        m_timer.start(limits.sendTimeoutMs);
        break;
    case Phase::Lingering:
        m_timer.start(limits.lingerMs);
        break;
    case Phase::Deciding: // the engine's time is not the client's
    case Phase::Finished:
        m_timer.stop();
        break;
    }
}

void HttpConnection::finish()
{
    if (m_phase == Phase::Finished)
        return;
    enterPhase(Phase::Finished);
    m_socket->disconnect(this);
    m_socket->abort();
    emit finished();
    deleteLater();
}

} // namespace gatehouse
