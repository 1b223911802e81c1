#pragma once

#include <QByteArray>
#include <QList>
#include <QNetworkAccessManager>
#include <QObject>
#include <QString>
#include <QUrl>

#include <utility>

class QNetworkReply;

namespace gatehouse {

// One answer as the Request panel shows it.
struct RequestAnswer
{
    int status = 0; // 0: nothing answered
    QString reason; // the server's reason phrase, or the network's error
    qint64 ms = 0;
    QByteArray body;
    QList<std::pair<QByteArray, QByteArray>> headers;
};

// Sends the panel's request over real HTTP, never through a proxy, one at
// a time; the reply's secrets are not kept past the answer.
class RequestSender : public QObject
{
    Q_OBJECT

public:
    explicit RequestSender(QObject *parent = nullptr);

    struct Call
    {
        QByteArray method;
        QUrl url;
        QByteArray body;
        QByteArray authorization; // empty: none
        QList<std::pair<QByteArray, QByteArray>> headers;
    };
    void send(const Call &call);
    bool isBusy() const { return m_reply != nullptr; }

signals:
    void answered(const gatehouse::RequestAnswer &answer);

private:
    void onFinished();

    QNetworkAccessManager m_network;
    QNetworkReply *m_reply = nullptr;
    qint64 m_startedMs = 0;
};

} // namespace gatehouse
