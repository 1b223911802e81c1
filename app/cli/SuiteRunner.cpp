#include "SuiteRunner.h"

#include "SuiteServer.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonDocument>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QTimer>

using namespace Qt::Literals::StringLiterals;

namespace gatehouse::cli {

SuiteRunner::SuiteRunner(const SuiteServer &server) : m_server(server)
{
    m_network.setProxy(QNetworkProxy::NoProxy);
}

QNetworkRequest SuiteRunner::networkRequest(const SavedRequest &request,
                                            const QString &secret) const
{
    QUrl url(m_server.baseUrl() + request.path());
    QStringList pairs;
    for (const auto &[key, value] : request.query)
        pairs.append(QString::fromLatin1(QUrl::toPercentEncoding(key) + '=' +
                                         QUrl::toPercentEncoding(value)));
    if (!pairs.isEmpty())
        url.setQuery(pairs.join(u'&'), QUrl::StrictMode);
    QNetworkRequest http(url);
    http.setTransferTimeout(timeoutMs);
    if (!secret.isEmpty())
        http.setRawHeader("Authorization", "Bearer " + secret.toUtf8());
    if (!request.body.isEmpty())
        http.setHeader(QNetworkRequest::ContentTypeHeader, u"application/json"_s);
    return http;
}

SuiteOutcome SuiteRunner::run(const SavedRequest &request)
{
    const Result<QString> secret = m_server.secretFor(request.principal);
    if (!secret)
        return SuiteOutcome::notSent(request, secret.errorMessage());
    const QByteArray body = request.body.isEmpty()
                                ? QByteArray()
                                : QJsonDocument(request.body).toJson(QJsonDocument::Compact);
    QElapsedTimer timer;
    timer.start();
    QNetworkReply *reply = m_network.sendCustomRequest(networkRequest(request, secret.value()),
                                                       request.method(m_server.project()), body);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray answer = reply->readAll();
    const QString problem = reply->errorString();
    reply->deleteLater();
    SuiteOutcome outcome = status == 0 ? SuiteOutcome::notSent(request, u"no answer: "_s + problem)
                                       : SuiteOutcome::judge(request, status, answer);
    outcome.seconds = double(timer.elapsed()) / 1000.0;
    return outcome;
}

} // namespace gatehouse::cli
