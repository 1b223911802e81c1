#include "ServerTestSupport.h"

#include <QSignalSpy>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace gatehouse;

using namespace servertest;

// Every transport limit over a real socket: the answer, its shape, and that
// the connection closes after a protocol error.
class TestHttpServerLimits : public QObject, private ServerFixture
{
    Q_OBJECT

private slots:
    void cleanup() { server.reset(); }
    void limits_data();
    void limits();
    void hugeBodyRefusedBeforeItIsSent();
    void idleConnectionCloses();
    void slowClient_data();
    void slowClient();
    void connectionCap();
    void rateLimitPerWorkflow();
    void rateLimitPerToken();
};

void TestHttpServerLimits::limits_data()
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
        << QByteArray("POST /x HTTP/1.1\r\nHost: localhost\r\nContent-Length: 2049\r\n\r\n") << 413
        << u"Request body larger than 2048 bytes"_s;
    QTest::newRow("body by chunks")
        << QByteArray("POST /x HTTP/1.1\r\nHost: localhost\r\nTransfer-Encoding: chunked\r\n\r\n" +
                      chunks)
        << 413 << u"Request body larger than 2048 bytes"_s;
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

void TestHttpServerLimits::limits()
{
    QFETCH(QByteArray, raw);
    QFETCH(int, status);
    QFETCH(QString, message);
    ServerLimits limits = testLimits();
    limits.maxBodyBytes = 2048;
    RawHttpClient client(startServer(limits));
    QSignalSpy exchanged(server.get(), &HttpServer::exchanged);
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
    QCOMPARE(handler->calls.load(), 0);
    QVERIFY(exchanged.wait(2000) || !exchanged.isEmpty());
    const auto exchange = exchanged.first().first().value<HttpExchange>();
    QCOMPARE(exchange.status, status);
    QVERIFY(!exchange.handled);
}

void TestHttpServerLimits::hugeBodyRefusedBeforeItIsSent()
{
    RawHttpClient client(startServer());
    const qint64 fiftyMiB = 50LL * 1024 * 1024;
    client.send(
        "POST /api/1.1/wf/upload HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
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

void TestHttpServerLimits::idleConnectionCloses()
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

void TestHttpServerLimits::slowClient_data()
{
    QTest::addColumn<QByteArray>("partial");
    QTest::addColumn<QString>("message");
    QTest::newRow("slow header") << QByteArray("GET /x HTTP/1.1\r\nHost: loc")
                                 << u"Request header not received within 200 ms"_s;
    QTest::newRow("slow body")
        << QByteArray("POST /x HTTP/1.1\r\nHost: localhost\r\nContent-Length: 10\r\n\r\nabc")
        << u"Request body arriving slower than 1000 bytes a second"_s;
}

void TestHttpServerLimits::slowClient()
{
    QFETCH(QByteArray, partial);
    QFETCH(QString, message);
    ServerLimits limits = testLimits();
    limits.headerTimeoutMs = 200;
    limits.bodyGraceMs = 300;
    limits.minBodyBytesPerSecond = 1000;
    RawHttpClient client(startServer(limits));
    client.send(partial);
    const auto response = client.read();
    QVERIFY(response);
    QCOMPARE(response->status, 408);
    QCOMPARE(response->json().value(u"body"_s).toObject().value(u"message"_s).toString(), message);
    QVERIFY(client.closedByServer());
}

void TestHttpServerLimits::connectionCap()
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
    first.reset(); // frees a place, once the server has seen the close
    // QTRY evaluates its expression again after it first holds, so the probe
    // keeps the connection that got in: a new one each time would find its
    // place still taken by the last, until the server sees that one close.
    std::unique_ptr<RawHttpClient> next;
    bool admitted = false;
    QTRY_VERIFY_WITH_TIMEOUT(
        [&] {
            if (!admitted) {
                next = std::make_unique<RawHttpClient>(port);
                next->send(get("/again"));
                const auto response = next->read();
                admitted = response && response->status == 200;
            }
            return admitted;
        }(),
        5000);
}

void TestHttpServerLimits::rateLimitPerWorkflow()
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
    nowMs += 30000;
    client.send(post("/api/1.1/wf/signup", "{}"));
    QCOMPARE(client.read()->status, 200);
    QCOMPARE(handler->calls.load(), 4);
}

void TestHttpServerLimits::rateLimitPerToken()
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

QTEST_GUILESS_MAIN(TestHttpServerLimits)
#include "tst_HttpServerLimits.moc"
