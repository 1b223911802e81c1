#include "EchoHandler.h"
#include "RawHttpClient.h"
#include "server/HttpServer.h"

#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>
#include <QUrlQuery>

using namespace Qt::Literals::StringLiterals;
using namespace gatehouse;

namespace {
const QByteArray chunkedPost = "POST /api/1.1/wf/echo?a=1&b=x+y HTTP/1.1\r\n"
                               "Host: localhost\r\n"
                               "Transfer-Encoding: chunked\r\n"
                               "Content-Type: application/json\r\n"
                               "\r\n"
                               "5\r\n{\"a\":\r\n"
                               "A\r\n 1, \"b\": 2\r\n"
                               "1\r\n}\r\n"
                               "0\r\n\r\n";

QByteArray get(const QByteArray &target, const QByteArray &extra = {})
{
    return "GET " + target + " HTTP/1.1\r\nHost: localhost\r\n" + extra + "\r\n";
}

QByteArray post(const QByteArray &target, const QByteArray &body, const QByteArray &extra = {})
{
    return "POST " + target +
           " HTTP/1.1\r\nHost: localhost\r\nContent-Length: " + QByteArray::number(body.size()) +
           "\r\n" + extra + "\r\n" + body;
}

ServerLimits testLimits()
{
    ServerLimits limits;
    limits.lingerMs = 500;
    return limits;
}
} // namespace

class TestHttpServer : public QObject
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
    void limits_data();
    void limits();
    void hugeBodyRefusedBeforeItIsSent();
    void idleConnectionCloses();
    void slowClient_data();
    void slowClient();
    void connectionCap();
    void rateLimitPerWorkflow();
    void rateLimitPerToken();
    void byteAtATimeOverTcp();
    void bindPolicy_data();
    void bindPolicy();
    void stopClosesConnections();

private:
    quint16 startServer(const ServerLimits &limits = testLimits());

    std::shared_ptr<EchoHandler> m_handler;
    std::unique_ptr<HttpServer> m_server;
    qint64 m_nowMs = 0;
};

quint16 TestHttpServer::startServer(const ServerLimits &limits)
{
    m_handler = std::make_shared<EchoHandler>();
    m_server = std::make_unique<HttpServer>(m_handler, limits);
    m_server->setRateClock([this] { return m_nowMs; });
    const Result<quint16> port = m_server->start();
    if (!port)
        qWarning("%s", qUtf8Printable(port.errorMessage()));
    return port ? *port : 0;
}

void TestHttpServer::cleanup()
{
    m_server.reset();
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
    QCOMPARE(m_handler->calls.load(), 2);
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
    QCOMPARE(m_handler->calls.load(), 1);
}

void TestHttpServer::expectContinue()
{
    RawHttpClient client(startServer());
    client.send("POST /x HTTP/1.1\r\nHost: a\r\nContent-Length: 4\r\nExpect: 100-continue\r\n\r\n");
    const auto interim = client.read();
    QVERIFY(interim);
    QCOMPARE(interim->status, 100);
    client.send("body");
    const auto response = client.read();
    QVERIFY(response);
    QCOMPARE(response->json().value(u"body"_s).toString(), u"body"_s);
}

void TestHttpServer::limits_data()
{
    QTest::addColumn<QByteArray>("raw");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("message");
    QByteArray manyHeaders;
    for (int i = 0; i < 101; ++i)
        manyHeaders += "X-H" + QByteArray::number(i) + ": v\r\n";
    QByteArray chunks;
    for (int i = 0; i < 5; ++i)
        chunks += "200\r\n" + QByteArray(512, 'c') + "\r\n";
    QTest::newRow("body by content-length")
        << QByteArray("POST /x HTTP/1.1\r\nContent-Length: 2049\r\n\r\n") << 413
        << u"Request body larger than 2048 bytes"_s;
    QTest::newRow("body by chunks")
        << QByteArray("POST /x HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n" + chunks) << 413
        << u"Request body larger than 2048 bytes"_s;
    QTest::newRow("header too large") << get("/x", "X-Big: " + QByteArray(9000, 'b') + "\r\n")
                                      << 431 << u"Request headers larger than 8192 bytes"_s;
    QTest::newRow("too many headers")
        << get("/x", manyHeaders) << 431 << u"More than 100 request headers"_s;
    QTest::newRow("url too long") << get("/" + QByteArray(8200, 'u')) << 414
                                  << u"Request URL longer than 8192 bytes"_s;
    QTest::newRow("malformed request line") << QByteArray("HELLO<script>\r\n\r\n") << 400
                                            << u"Malformed HTTP request: bad request line"_s;
    QTest::newRow("bad header") << get("/x", "No Colon Here\r\n") << 400
                                << u"Malformed HTTP request: bad field"_s;
    QTest::newRow("not a path") << get("*") << 400
                                << u"Malformed HTTP request: the target is not a path"_s;
}

void TestHttpServer::limits()
{
    QFETCH(QByteArray, raw);
    QFETCH(int, status);
    QFETCH(QString, message);
    ServerLimits limits = testLimits();
    limits.maxBodyBytes = 2048;
    RawHttpClient client(startServer(limits));
    QSignalSpy exchanged(m_server.get(), &HttpServer::exchanged);
    client.send(raw);
    const auto response = client.read();
    QVERIFY(response);
    QCOMPARE(response->status, status);
    QCOMPARE(response->header("Connection"), "close");
    QCOMPARE(response->json().value(u"statusCode"_s).toInt(), status);
    const QJsonObject body = response->json().value(u"body"_s).toObject();
    QCOMPARE(body.value(u"status"_s).toString(), u"ERROR"_s);
    QCOMPARE(body.value(u"message"_s).toString(), message);
    QVERIFY(client.closedByServer());
    QCOMPARE(m_handler->calls.load(), 0);
    QVERIFY(exchanged.wait(2000) || !exchanged.isEmpty());
    const auto exchange = exchanged.first().first().value<HttpExchange>();
    QCOMPARE(exchange.status, status);
    QVERIFY(!exchange.handled);
}

void TestHttpServer::hugeBodyRefusedBeforeItIsSent()
{
    RawHttpClient client(startServer());
    const qint64 fiftyMiB = 50LL * 1024 * 1024;
    client.send("POST /api/1.1/wf/upload HTTP/1.1\r\nHost: a\r\nContent-Type: application/json\r\n"
                "Content-Length: " +
                QByteArray::number(fiftyMiB) + "\r\n\r\n");
    // Only the header was sent: the answer must come without the body.
    const auto response = client.read();
    QVERIFY(response);
    QCOMPARE(response->status, 413);
    QCOMPARE(response->json().value(u"body"_s).toObject().value(u"message"_s).toString(),
             u"Request body larger than 10485760 bytes"_s);
    QVERIFY(client.closedByServer());
}

void TestHttpServer::idleConnectionCloses()
{
    ServerLimits limits = testLimits();
    limits.idleTimeoutMs = 150;
    const quint16 port = startServer(limits);
    RawHttpClient silent(port);
    QVERIFY(silent.closedByServer());
    RawHttpClient afterOne(port);
    afterOne.send(get("/x"));
    QVERIFY(afterOne.read());
    QVERIFY(afterOne.closedByServer());
}

void TestHttpServer::slowClient_data()
{
    QTest::addColumn<QByteArray>("partial");
    QTest::addColumn<QString>("message");
    QTest::newRow("slow header") << QByteArray("GET /x HTTP/1.1\r\nHost: loc")
                                 << u"Request header not received within 200 ms"_s;
    QTest::newRow("slow body") << QByteArray("POST /x HTTP/1.1\r\nContent-Length: 10\r\n\r\nabc")
                               << u"Request body not received within 300 ms"_s;
}

void TestHttpServer::slowClient()
{
    QFETCH(QByteArray, partial);
    QFETCH(QString, message);
    ServerLimits limits = testLimits();
    limits.headerTimeoutMs = 200;
    limits.bodyTimeoutMs = 300;
    RawHttpClient client(startServer(limits));
    client.send(partial);
    const auto response = client.read();
    QVERIFY(response);
    QCOMPARE(response->status, 408);
    QCOMPARE(response->json().value(u"body"_s).toObject().value(u"message"_s).toString(), message);
    QVERIFY(client.closedByServer());
}

void TestHttpServer::connectionCap()
{
    ServerLimits limits = testLimits();
    limits.maxConnections = 2;
    const quint16 port = startServer(limits);
    auto first = std::make_unique<RawHttpClient>(port);
    RawHttpClient second(port);
    for (RawHttpClient *client : {first.get(), &second}) {
        client->send(get("/x"));
        QVERIFY(client->read());
    }
    RawHttpClient third(port);
    const auto refused = third.read();
    QVERIFY(refused);
    QCOMPARE(refused->status, 503);
    QCOMPARE(refused->header("Retry-After"), "1");
    QVERIFY(third.closedByServer());
    first.reset(); // frees a place
    QTRY_VERIFY_WITH_TIMEOUT(
        [&] {
            RawHttpClient next(port);
            next.send(get("/again"));
            const auto response = next.read();
            return response && response->status == 200;
        }(),
        5000);
}

void TestHttpServer::rateLimitPerWorkflow()
{
    ServerLimits limits = testLimits();
    limits.requestsPerMinutePerWorkflow = 2;
    RawHttpClient client(startServer(limits));
    for (int i = 0; i < 2; ++i) {
        client.send(post("/api/1.1/wf/signup", "{}"));
        QCOMPARE(client.read()->status, 200);
    }
    client.send(post("/api/1.1/wf/signup", "{}"));
    const auto limited = client.read();
    QVERIFY(limited);
    QCOMPARE(limited->status, 429);
    QCOMPARE(limited->header("Retry-After"), "30");
    QCOMPARE(limited->header("Connection"), "keep-alive");
    client.send(post("/api/1.1/wf/login", "{}"));
    QCOMPARE(client.read()->status, 200);
    m_nowMs += 30000;
    client.send(post("/api/1.1/wf/signup", "{}"));
    QCOMPARE(client.read()->status, 200);
    QCOMPARE(m_handler->calls.load(), 4);
}

void TestHttpServer::rateLimitPerToken()
{
    ServerLimits limits = testLimits();
    limits.requestsPerMinutePerToken = 1;
    limits.requestsPerMinutePerWorkflow = 0;
    RawHttpClient client(startServer(limits));
    client.send(get("/api/1.1/obj/user", "Authorization: Bearer tok-A\r\n"));
    QCOMPARE(client.read()->status, 200);
    // The same token in the querystring counts against the same budget.
    client.send(get("/api/1.1/wf/other?api_token=tok-A"));
    const auto limited = client.read();
    QVERIFY(limited);
    QCOMPARE(limited->status, 429);
    QCOMPARE(limited->header("Retry-After"), "60");
    QVERIFY(!limited->body.contains("tok-A"));
    client.send(get("/api/1.1/wf/other", "Authorization: Bearer tok-B\r\n"));
    QCOMPARE(client.read()->status, 200);
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
    m_server->stop();
    QVERIFY(!m_server->isRunning());
    QVERIFY(client.closedByServer());
    const Result<quint16> again = m_server->start();
    QVERIFY(again.ok());
    RawHttpClient next(*again);
    next.send(get("/y"));
    QVERIFY(next.read());
}

QTEST_GUILESS_MAIN(TestHttpServer)
#include "tst_HttpServer.moc"
