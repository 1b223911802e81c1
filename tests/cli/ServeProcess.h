#pragma once

#include <QEventLoop>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QProcess>
#include <QRegularExpression>
#include <QTest>
#include <QTimer>

#include <csignal>

namespace gatehouse::test {

using namespace Qt::Literals::StringLiterals;

// `gatehouse-cli serve` as a tester runs it: a real process on a free port,
// read until it says where it listens.
class ServeProcess
{
public:
    explicit ServeProcess(const QString &project, const QStringList &extra = {})
    {
        m_process.setProgram(QStringLiteral(GATEHOUSE_CLI));
        m_process.setArguments(QStringList{u"serve"_s, project, u"--port"_s, u"0"_s} + extra);
        m_process.start();
        static const QRegularExpression listening(
            u"listening on http://127\\.0\\.0\\.1:(\\d+)\n"_s);
        for (int waited = 0; waited < 300 && m_port == 0; ++waited) {
            m_process.waitForReadyRead(100);
            m_out += QString::fromUtf8(m_process.readAllStandardOutput());
            if (const auto match = listening.match(m_out); match.hasMatch())
                m_port = match.captured(1).toUShort();
            if (m_process.state() == QProcess::NotRunning)
                break;
        }
    }
    ~ServeProcess()
    {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.kill();
            m_process.waitForFinished(5000);
        }
    }

    quint16 port() const { return m_port; }
    QString output()
    {
        m_out += QString::fromUtf8(m_process.readAllStandardOutput());
        return m_out;
    }
    QString errors() { return QString::fromUtf8(m_process.readAllStandardError()); }

    void signal(int number) { ::kill(pid_t(m_process.processId()), number); }
    // The exit code after a clean stop, or -1.
    int waitForExit()
    {
        if (!m_process.waitForFinished(15000))
            return -1;
        m_out += QString::fromUtf8(m_process.readAllStandardOutput());
        return m_process.exitStatus() == QProcess::NormalExit ? m_process.exitCode() : -1;
    }

private:
    QProcess m_process;
    QString m_out;
    quint16 m_port = 0;
};

struct Reply
{
    int status = 0;
    QJsonObject json;
    QByteArray body;
};

// One request over real HTTP, waited for.
inline Reply call(quint16 port, const QByteArray &method, const QString &target,
                  const QJsonObject &body = {}, const QString &token = {})
{
    QNetworkAccessManager network;
    network.setProxy(QNetworkProxy::NoProxy);
    QNetworkRequest request(QUrl(u"http://127.0.0.1:%1%2"_s.arg(port).arg(target)));
    request.setHeader(QNetworkRequest::ContentTypeHeader, u"application/json"_s);
    if (!token.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + token.toUtf8());
    const QByteArray bytes = body.isEmpty() ? QByteArray() : QJsonDocument(body).toJson();
    QNetworkReply *reply = network.sendCustomRequest(request, method, bytes);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(15000, &loop, &QEventLoop::quit);
    loop.exec();
    Reply out;
    out.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    out.body = reply->readAll();
    out.json = QJsonDocument::fromJson(out.body).object();
    reply->deleteLater();
    return out;
}

} // namespace gatehouse::test
