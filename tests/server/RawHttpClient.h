#pragma once

#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpSocket>

#include <optional>

// A response as read off a raw socket.
struct RawResponse
{
    int status = 0;
    QList<std::pair<QByteArray, QByteArray>> headers;
    QByteArray body;

    QByteArray header(const QByteArray &name) const
    {
        for (const auto &[key, value] : headers) {
            if (key.compare(name, Qt::CaseInsensitive) == 0)
                return value;
        }
        return {};
    }
    bool hasHeader(const QByteArray &name) const
    {
        for (const auto &header : headers) {
            if (header.first.compare(name, Qt::CaseInsensitive) == 0)
                return true;
        }
        return false;
    }
    QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
};

// A blocking HTTP/1.1 client over one socket, so tests control exactly which
// bytes go out and when. The server runs on its own thread.
class RawHttpClient
{
public:
    explicit RawHttpClient(quint16 port, int timeoutMs = 5000) : m_timeoutMs(timeoutMs)
    {
        m_socket.connectToHost(QHostAddress::LocalHost, port);
        m_socket.waitForConnected(m_timeoutMs);
    }

    // From another loopback address (127.0.0.x), which the server counts
    // as another client.
    RawHttpClient(quint16 port, const QHostAddress &from, int timeoutMs = 5000)
        : m_timeoutMs(timeoutMs)
    {
        m_socket.bind(from);
        m_socket.connectToHost(QHostAddress::LocalHost, port);
        m_socket.waitForConnected(m_timeoutMs);
    }

    bool connected() const { return m_socket.state() == QAbstractSocket::ConnectedState; }
    QTcpSocket &socket() { return m_socket; }

    void send(const QByteArray &bytes)
    {
        m_socket.write(bytes);
        while (m_socket.bytesToWrite() > 0 && m_socket.waitForBytesWritten(m_timeoutMs)) {
        }
    }

    // The next response, or nothing if none arrived in time.
    std::optional<RawResponse> read() { return readResponse(true); }
    // The next response to a HEAD request: its header only, whatever its
    // Content-Length says.
    std::optional<RawResponse> readHead() { return readResponse(false); }

    // True if the server closes the connection in time with nothing more sent.
    bool closedByServer()
    {
        while (fill()) {
        }
        return m_socket.state() != QAbstractSocket::ConnectedState && m_pending.isEmpty();
    }

    QByteArray unreadBytes() const { return m_pending; }

private:
    std::optional<RawResponse> readResponse(bool withBody)
    {
        qsizetype headerEnd = -1;
        while ((headerEnd = m_pending.indexOf("\r\n\r\n")) < 0) {
            if (!fill())
                return std::nullopt;
        }
        // Anything before the status line (a body where none belongs) is a
        // broken stream, not a response.
        if (!m_pending.startsWith("HTTP/1."))
            return std::nullopt;
        RawResponse response;
        const QList<QByteArray> lines = m_pending.left(headerEnd).split('\n');
        response.status = lines.first().split(' ').value(1).toInt();
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const QByteArray line = lines.at(i).trimmed();
            const qsizetype colon = line.indexOf(':');
            response.headers.append({line.left(colon), line.mid(colon + 1).trimmed()});
        }
        m_pending.remove(0, headerEnd + 4);
        const qsizetype length = withBody ? response.header("Content-Length").toLongLong() : 0;
        while (m_pending.size() < length) {
            if (!fill())
                return std::nullopt;
        }
        response.body = m_pending.left(length);
        m_pending.remove(0, length);
        return response;
    }

    bool fill()
    {
        if (m_socket.bytesAvailable() == 0 && !m_socket.waitForReadyRead(m_timeoutMs))
            return false;
        const QByteArray more = m_socket.readAll();
        m_pending += more;
        return !more.isEmpty();
    }

    QTcpSocket m_socket;
    QByteArray m_pending;
    int m_timeoutMs;
};
