#pragma once

// Calls the editor's test server from a test: one request, its status (and
// body), -1 when nothing answered in time.

#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QSignalSpy>

#include <memory>

namespace gatehouse::test {

class HttpProbe
{
public:
    HttpProbe() { m_network.setProxy(QNetworkProxy::NoProxy); }

    void setPort(quint16 port) { m_port = port; }

    int post(const QString &path, const QByteArray &bearer = {},
             const QByteArray &body = QByteArrayLiteral("{}"))
    {
        return send("POST", path, bearer, body);
    }
    int get(const QString &path, const QByteArray &bearer = {})
    {
        return send("GET", path, bearer, {});
    }
    QByteArray lastBody() const { return m_body; }

private:
    int send(const QByteArray &verb, const QString &path, const QByteArray &bearer,
             const QByteArray &body)
    {
        QNetworkRequest request(
            QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(m_port).arg(path)));
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
        if (!bearer.isEmpty())
            request.setRawHeader("Authorization", "Bearer " + bearer);
        std::unique_ptr<QNetworkReply> reply(
            m_network.sendCustomRequest(request, verb, verb == "GET" ? QByteArray() : body));
        QSignalSpy finished(reply.get(), &QNetworkReply::finished);
        if (!reply->isFinished() && !finished.wait(10000))
            return -1;
        m_body = reply->readAll();
        return reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    }

    QNetworkAccessManager m_network;
    quint16 m_port = 0;
    QByteArray m_body;
};

} // namespace gatehouse::test
