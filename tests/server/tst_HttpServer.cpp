#include "ServerTestSupport.h"

#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace gatehouse;

using namespace servertest;

class TestHttpServer : public QObject, private ServerFixture
{
    Q_OBJECT

private slots:
    void cleanup();
    void networkAccessManager_data();
    void networkAccessManager();
    void keepAlive();
    void pipelining();
    void chunkedBody();
    void framingHeaders();
    void noContentHasNoBody();
    void connectionClose();
    void expectContinue();
    void byteAtATimeOverTcp();
    void bindPolicy_data();
    void bindPolicy();
    void stopClosesConnections();
    void stopFinishesWritingAnswers();
};

void TestHttpServer::cleanup()
{
    server.reset();
}

void TestHttpServer::networkAccessManager_data()
{
    QTest::addColumn<QByteArray>("verb");
    QTest::addColumn<QString>("url");
    QTest::addColumn<QByteArray>("contentType");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("firstQueryValue");
    QTest::newRow("GET with query")
        << QByteArray("GET") << u"/api/1.1/wf/find%20me?q=a+b%26c"_s << QByteArray() << QByteArray()
        << u"/api/1.1/wf/find me"_s << u"a b&c"_s;
    QTest::newRow("POST json") << QByteArray("POST") << u"/api/1.1/wf/signup"_s
                               << QByteArray("application/json")
                               << QByteArray(R"({"email":"a@b.c","n":1})")
                               << u"/api/1.1/wf/signup"_s << QString();
    QTest::newRow("POST form") << QByteArray("POST") << u"/api/1.1/wf/hook?x=1"_s
                               << QByteArray("application/x-www-form-urlencoded")
                               << QByteArray("email=a%40b.c&name=A+B") << u"/api/1.1/wf/hook"_s
                               << u"1"_s;
}

void TestHttpServer::networkAccessManager()
{
    QFETCH(QByteArray, verb);
    QFETCH(QString, url);
    QFETCH(QByteArray, contentType);
    QFETCH(QByteArray, body);
    QFETCH(QString, path);
    QFETCH(QString, firstQueryValue);
    const quint16 port = startServer();
    QVERIFY(port != 0);
    QNetworkAccessManager manager;
    QNetworkRequest request(QUrl::fromEncoded(
        u"http://127.0.0.1:%1%2"_s.arg(port).arg(url).toUtf8(), QUrl::StrictMode));
    if (!contentType.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader, contentType);
    QNetworkReply *reply = manager.sendCustomRequest(request, verb, body);
    QSignalSpy finished(reply, &QNetworkReply::finished);
    QVERIFY(finished.wait(5000));
    QCOMPARE(reply->error(), QNetworkReply::NoError);
    QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
    const QByteArray answer = reply->readAll();
    QCOMPARE(reply->rawHeader("Content-Length").toLongLong(), answer.size());
    const QJsonObject echo = QJsonDocument::fromJson(answer).object();
    QCOMPARE(echo.value(u"method"_s).toString(), QString::fromLatin1(verb));
    QCOMPARE(echo.value(u"path"_s).toString(), path);
    QCOMPARE(echo.value(u"query"_s).toArray().at(0).toArray().at(1).toString(), firstQueryValue);
    QCOMPARE(echo.value(u"bodyLength"_s).toInt(), body.size());
    QCOMPARE(echo.value(u"body"_s).toString(), QString::fromUtf8(body));
    reply->deleteLater();
}

void TestHttpServer::keepAlive()
{
    RawHttpClient client(startServer());
    client.send(get("/first"));
    const auto first = client.read();
    QVERIFY(first);
    QCOMPARE(first->header("Connection"), "keep-alive");
    client.send(post("/second", "hello"));
    const auto second = client.read();
    QVERIFY(second);
    QCOMPARE(second->json().value(u"path"_s).toString(), u"/second"_s);
    QCOMPARE(second->json().value(u"bodyLength"_s).toInt(), 5);
    QVERIFY(client.connected());
    QCOMPARE(handler->calls.load(), 2);
}

void TestHttpServer::pipelining()
{
    RawHttpClient client(startServer());
    client.send(post("/one", "abc") + get("/two?x=1") + post("/three", ""));
    for (const QString &path : {u"/one"_s, u"/two"_s, u"/three"_s}) {
        const auto response = client.read();
        QVERIFY(response);
        QCOMPARE(response->status, 200);
        QCOMPARE(response->json().value(u"path"_s).toString(), path);
    }
}

void TestHttpServer::chunkedBody()
{
    RawHttpClient client(startServer());
    client.send(chunkedPost);
    const auto response = client.read();
    QVERIFY(response);
    const QJsonObject echo = response->json();
    QCOMPARE(echo.value(u"body"_s).toString(), u"{\"a\": 1, \"b\": 2}"_s);
    QCOMPARE(echo.value(u"query"_s).toArray().at(1).toArray().at(1).toString(), u"x y"_s);
    const QJsonArray headers = echo.value(u"headers"_s).toArray();
    QCOMPARE(headers.at(1).toArray().at(0).toString(), u"Transfer-Encoding"_s);
}

void TestHttpServer::framingHeaders()
{
    RawHttpClient client(startServer());
    client.send(get("/x", "x-lower-case: kept\r\n"));
    const auto response = client.read();
    QVERIFY(response);
    QCOMPARE(response->header("Content-Length").toLongLong(), response->body.size());
    QCOMPARE(response->header("Server"), "Gatehouse");
    static const QRegularExpression imfFixdate(
        u"^(Mon|Tue|Wed|Thu|Fri|Sat|Sun), \\d\\d [A-Z][a-z]{2} \\d{4} \\d\\d:\\d\\d:\\d\\d GMT$"_s);
    QVERIFY(imfFixdate.match(QString::fromLatin1(response->header("Date"))).hasMatch());
    const QJsonArray headers = response->json().value(u"headers"_s).toArray();
    QCOMPARE(headers.at(1).toArray(), (QJsonArray{u"x-lower-case"_s, u"kept"_s}));
}

void TestHttpServer::noContentHasNoBody()
{
    RawHttpClient client(startServer());
    client.send(get("/no-content") + get("/after"));
    const auto empty = client.read();
    QVERIFY(empty);
    QCOMPARE(empty->status, 204);
    QVERIFY(!empty->hasHeader("Content-Length"));
    QVERIFY(empty->body.isEmpty());
    const auto after = client.read();
    QVERIFY(after);
    QCOMPARE(after->json().value(u"path"_s).toString(), u"/after"_s);
}

void TestHttpServer::connectionClose()
{
    RawHttpClient client(startServer());
    client.send(get("/bye", "Connection: close\r\n") + get("/never"));
    const auto response = client.read();
    QVERIFY(response);
    QCOMPARE(response->header("Connection"), "close");
    QVERIFY(client.closedByServer());
    QCOMPARE(handler->calls.load(), 1);
}

void TestHttpServer::expectContinue()
{
    RawHttpClient client(startServer());
    client.send(
        "POST /x HTTP/1.1\r\nHost: localhost\r\nContent-Length: 4\r\nExpect: 100-continue\r\n\r\n");
    const auto interim = client.read();
    QVERIFY(interim);
    QCOMPARE(interim->status, 100);
    client.send("body");
    const auto response = client.read();
    QVERIFY(response);
    QCOMPARE(response->json().value(u"body"_s).toString(), u"body"_s);
}

void TestHttpServer::byteAtATimeOverTcp()
{
    const quint16 port = startServer();
    RawHttpClient whole(port);
    whole.send(chunkedPost);
    const auto expected = whole.read();
    QVERIFY(expected);
    RawHttpClient trickle(port);
    trickle.socket().setSocketOption(QAbstractSocket::LowDelayOption, 1);
    for (char byte : chunkedPost)
        trickle.send(QByteArray(1, byte));
    const auto response = trickle.read();
    QVERIFY(response);
    QCOMPARE(response->json(), expected->json());
}

void TestHttpServer::bindPolicy_data()
{
    QTest::addColumn<QString>("host");
    QTest::addColumn<bool>("allow");
    QTest::addColumn<bool>("starts");
    QTest::addColumn<bool>("warns");
    QTest::newRow("loopback") << u"127.0.0.1"_s << false << true << false;
    QTest::newRow("localhost") << u"localhost"_s << false << true << false;
    QTest::newRow("any, not allowed") << u"0.0.0.0"_s << false << false << false;
    QTest::newRow("any, allowed") << u"0.0.0.0"_s << true << true << true;
    QTest::newRow("not an address") << u"example.com"_s << true << false << false;
}

void TestHttpServer::bindPolicy()
{
    QFETCH(QString, host);
    QFETCH(bool, allow);
    QFETCH(bool, starts);
    QFETCH(bool, warns);
    HttpServer server(std::make_shared<EchoHandler>());
    server.setAllowNonLoopback(allow);
    QSignalSpy warning(&server, &HttpServer::warning);
    if (warns)
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"^warning: the test server"_s));
    const Result<quint16> port = server.start(host, 0);
    QCOMPARE(port.ok(), starts);
    QCOMPARE(server.isRunning(), starts);
    QCOMPARE(warning.size(), warns ? 1 : 0);
    if (!starts)
        QVERIFY(port.errorMessage().contains(u'`' + host + u'`'));
}

void TestHttpServer::stopClosesConnections()
{
    const quint16 port = startServer();
    RawHttpClient client(port);
    client.send(get("/x"));
    QVERIFY(client.read());
    server->stop();
    QVERIFY(!server->isRunning());
    QVERIFY(client.closedByServer());
    const Result<quint16> again = server->start();
    QVERIFY(again.ok());
    RawHttpClient next(*again);
    next.send(get("/y"));
    QVERIFY(next.read());
}

// As `detect` does: the server stops as soon as its call is answered; the
// answer must still reach the client whole.
void TestHttpServer::stopFinishesWritingAnswers()
{
    for (int round = 0; round < 20; ++round) {
        const quint16 port = startServer();
        RawHttpClient client(port);
        QSignalSpy exchanged(server.get(), &HttpServer::exchanged);
        client.send(get("/big"));
        QVERIFY(exchanged.wait(5000));
        server->stop();
        const auto response = client.read();
        QVERIFY2(response, qPrintable(u"round %1"_s.arg(round)));
        QCOMPARE(response->status, 200);
        QCOMPARE(response->body.size(), EchoHandler::bigBodyBytes);
    }
}

QTEST_GUILESS_MAIN(TestHttpServer)
#include "tst_HttpServer.moc"
