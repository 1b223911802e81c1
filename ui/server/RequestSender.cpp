#include "RequestSender.h"

#include <QDateTime>
#include <QNetworkProxy>
#include <QNetworkReply>

namespace gatehouse {

RequestSender::RequestSender(QObject *parent) : QObject(parent)
{
    m_network.setProxy(QNetworkProxy::NoProxy);
}

void RequestSender::send(const Call &call)
{
    if (m_reply)
        return;
    QNetworkRequest request(call.url);
    request.setTransferTimeout(30000);
    if (!call.body.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
    for (const auto &[name, value] : call.headers)
        request.setRawHeader(name, value);
    if (!call.authorization.isEmpty())
        request.setRawHeader("Authorization", call.authorization);
    m_startedMs = QDateTime::currentMSecsSinceEpoch();
    m_reply = m_network.sendCustomRequest(request, call.method, call.body);
    connect(m_reply, &QNetworkReply::finished, this, &RequestSender::onFinished);
}

void RequestSender::onFinished()
{
    QNetworkReply *reply = std::exchange(m_reply, nullptr);
    RequestAnswer answer;
    answer.ms = QDateTime::currentMSecsSinceEpoch() - m_startedMs;
    answer.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    answer.reason = answer.status
                        ? reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString()
                        : reply->errorString();
    answer.body = reply->readAll();
    for (const auto &pair : reply->rawHeaderPairs())
        answer.headers.append({pair.first, pair.second});
    reply->deleteLater();
    emit answered(answer);
}

} // namespace gatehouse
