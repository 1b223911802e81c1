#include "SuiteRunner.h"

#include "ServedProject.h"
#include "SuiteServer.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonDocument>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QTimer>

using namespace Qt::Literals::StringLiterals;

namespace gatehouse {

SuiteRunner::SuiteRunner(const SuiteServer &server) : m_server(server)
{
    m_network.setProxy(QNetworkProxy::NoProxy);
    // The server announces from its own thread; queued to this one.
    QObject::connect(&m_server.served(), &ServedProject::answered, &m_network,
                     [this](const RequestLogEntry &entry) { m_logged.append(entry); });
}

QString SuiteRunner::decidingStep(const SavedRequest &request)
{
    const QString method = QString::fromLatin1(request.method(m_server.project()));
    const auto find = [&]() -> std::optional<RequestLogEntry> {
        while (!m_logged.isEmpty()) {
            const RequestLogEntry entry = m_logged.takeFirst();
            if (entry.method == method && entry.path.startsWith(request.path()))
                return entry;
        }
        return std::nullopt;
    };
    std::optional<RequestLogEntry> entry = find();
    if (!entry) {
        QEventLoop loop;
        QTimer timeout;
        timeout.setSingleShot(true);
        QObject::connect(&timeout, &QTimer::timeout, &loop, &QEventLoop::quit);
        QObject::connect(&m_server.served(), &ServedProject::answered, &loop, &QEventLoop::quit,
                         Qt::QueuedConnection);
        timeout.start(traceWaitMs);
        while (!entry && timeout.isActive()) {
            loop.exec();
            entry = find();
        }
    }
    const TraceStep *step = entry ? entry->trace.decidingStep() : nullptr;
    return step ? Trace::stageId(step->stage) + u": "_s + step->reason : QString();
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
    if (status != 0)
        outcome.decidingStep = decidingStep(request);
    return outcome;
}

} // namespace gatehouse
