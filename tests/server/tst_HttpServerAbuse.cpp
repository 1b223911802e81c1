#include "ServerTestSupport.h"

#include "server/RequestLogEntry.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace gatehouse;

using namespace servertest;

namespace {
QHostAddress loopback(int last)
{
    return QHostAddress(u"127.0.0.%1"_s.arg(last));
}

QString messageOf(const RawResponse &response)
{
    const QJsonObject json = response.json();
    return json.contains(u"body"_s) ? json[u"body"_s][u"message"_s].toString()
                                    : json[u"message"_s].toString();
}
} // namespace

// The server as an attacker tries it, over raw sockets: framing that could
// smuggle a request, names a web page could reach it by, clients that try
// to starve the others, and paths that try to forge log lines.
class TestHttpServerAbuse : public QObject, private ServerFixture
{
    Q_OBJECT

private slots:
    void cleanup() { server.reset(); }
    void strictFraming_data();
    void strictFraming();
    void trailersAreReadAndDropped();
    void headAnswerCarriesNoBody();
    void foreignHostIsMisdirected_data();
    void foreignHostIsMisdirected();
    void anyHostWithAllowRemote();
    void foreignOriginRefusedWhereDataChanges_data();
    void foreignOriginRefusedWhereDataChanges();
    void slowConnectionsFromOneClientLeaveOthersServed();
    void connectionCapPerClient();
    void bodyBelowTheMinimumRateIsCutOff();
    void bodyAtTheMinimumRateIsTaken();
    void anonymousCallsLimitedPerClient();
    void workflowFloodCannotLockOutAnotherClient();
    void refusedCallsSpendOnlyTheirOwnClient();
    void bearerWithATabCountsAgainstTheToken();
    void loggedLinesCannotBeForged_data();
    void loggedLinesCannotBeForged();
};

void TestHttpServerAbuse::strictFraming_data()
{
    QTest::addColumn<QByteArray>("raw");
    QTest::addColumn<QString>("message");
    const QByteArray smuggled = "GET /smuggled HTTP/1.1\r\nHost: localhost\r\n\r\n";
    const QByteArray post = "POST /x HTTP/1.1\r\nHost: localhost\r\n";
    QTest::newRow("gzip") << post + "Transfer-Encoding: gzip\r\n\r\n" + smuggled
                          << u"Transfer-Encoding other than `chunked`"_s;
    QTest::newRow("chunked, gzip") << post + "Transfer-Encoding: chunked, gzip\r\n\r\n" + smuggled
                                   << u"Transfer-Encoding other than `chunked`"_s;
    QTest::newRow("gzip, chunked")
        << post + "Transfer-Encoding: gzip, chunked\r\n\r\n0\r\n\r\n" + smuggled
        << u"Transfer-Encoding other than `chunked`"_s;
    QTest::newRow("two TE fields")
        << post + "Transfer-Encoding: chunked\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n"
        << u"bad Transfer-Encoding"_s; // Beast's own refusal, before ours
    QTest::newRow("TE on HTTP/1.0")
        << QByteArray("POST /x HTTP/1.0\r\nHost: localhost\r\nTransfer-Encoding: chunked\r\n\r\n"
                      "0\r\n\r\n") +
               smuggled
        << u"Transfer-Encoding in an HTTP/1.0 request"_s;
    QTest::newRow("1.1 without Host")
        << QByteArray("GET /x HTTP/1.1\r\n\r\n") << u"an HTTP/1.1 request without Host"_s;
    QTest::newRow("two Hosts") << QByteArray("GET /x HTTP/1.1\r\nHost: localhost\r\nHost: "
                                             "evil.example\r\n\r\n")
                               << u"more than one Host header"_s;
    QTest::newRow("obs-fold space")
        << QByteArray("GET /x HTTP/1.1\r\nHost: localhost\r\nX-A: a\r\n b\r\n\r\n")
        << u"a folded header line (obs-fold)"_s;
    QTest::newRow("obs-fold tab")
        << QByteArray("GET /x HTTP/1.1\r\nHost: localhost\r\nX-A: a\r\n\tAuthorization: x\r\n\r\n")
        << u"a folded header line (obs-fold)"_s;
}

// RFC 9112 §6.1, §6.3, §3.2, §5.2: a 400 that names the problem, the
// connection closed, and nothing behind it taken as a second request.
void TestHttpServerAbuse::strictFraming()
{
    QFETCH(QByteArray, raw);
    QFETCH(QString, message);
    RawHttpClient client(startServer());
    client.send(raw);
    const auto response = client.read();
    QVERIFY(response);
    QCOMPARE(response->status, 400);
    QCOMPARE(messageOf(*response), u"Malformed HTTP request: "_s + message);
    QCOMPARE(response->header("Connection"), "close");
    QVERIFY(client.closedByServer());
    QCOMPARE(handler->calls.load(), 0);
}

void TestHttpServerAbuse::trailersAreReadAndDropped()
{
    RawHttpClient client(startServer());
    client.send("POST /api/1.1/wf/echo HTTP/1.1\r\nHost: localhost\r\n"
                "Transfer-Encoding: chunked\r\n\r\n"
                "2\r\n{}\r\n0\r\nAuthorization: Bearer gh_adm_trailer\r\nX-Trailer: 1\r\n\r\n");
    const auto response = client.read();
    QVERIFY(response);
    QCOMPARE(response->status, 200);
    QCOMPARE(response->json()[u"body"_s].toString(), u"{}"_s);
    const QJsonArray headers = response->json()[u"headers"_s].toArray();
    for (const QJsonValue &header : headers) {
        const QString name = header[0].toString().toLower();
        QVERIFY2(name != u"authorization"_s && name != u"x-trailer"_s, qPrintable(name));
    }
}

// A keep-alive client reads the HEAD answer's header only; the next
// response must start right after it.
void TestHttpServerAbuse::headAnswerCarriesNoBody()
{
    RawHttpClient client(startServer());
    client.send("HEAD /first HTTP/1.1\r\nHost: localhost\r\n\r\n" + get("/second"));
    const auto head = client.readHead();
    QVERIFY(head);
    QCOMPARE(head->status, 200);
    QVERIFY(head->header("Content-Length").toInt() > 0);
    const auto next = client.read();
    QVERIFY(next);
    QCOMPARE(next->status, 200);
    QCOMPARE(next->json()[u"path"_s].toString(), u"/second"_s);
}

void TestHttpServerAbuse::foreignHostIsMisdirected_data()
{
    QTest::addColumn<QByteArray>("host"); // PORT: the bound port
    QTest::addColumn<int>("status");
    QTest::newRow("localhost") << QByteArray("localhost:PORT") << 200;
    QTest::newRow("upper case") << QByteArray("LOCALHOST:PORT") << 200;
    QTest::newRow("bound address") << QByteArray("127.0.0.1:PORT") << 200;
    QTest::newRow("rebound name") << QByteArray("evil.example:PORT") << 421;
    QTest::newRow("rebound name, no port") << QByteArray("evil.example") << 421;
    QTest::newRow("other port") << QByteArray("localhost:1") << 421;
    QTest::newRow("localhost, no port") << QByteArray("localhost") << 200;
    QTest::newRow("another loopback address") << QByteArray("127.0.0.2:PORT") << 421;
    QTest::newRow("ipv6 loopback") << QByteArray("[::1]:PORT") << 421;
    QTest::newRow("suffix") << QByteArray("localhost.evil.example:PORT") << 421;
}

// DNS rebinding: a page on evil.example resolves its name to 127.0.0.1;
// the browser then sends `Host: evil.example`.
void TestHttpServerAbuse::foreignHostIsMisdirected()
{
    QFETCH(QByteArray, host);
    QFETCH(int, status);
    const quint16 port = startServer();
    RawHttpClient client(port);
    host.replace("PORT", QByteArray::number(port));
    client.send("GET /api/1.1/obj/user HTTP/1.1\r\nHost: " + host + "\r\n\r\n");
    const auto response = client.read();
    QVERIFY(response);
    QCOMPARE(response->status, status);
    if (status == 421) {
        QVERIFY(messageOf(*response).contains(u"--allow-remote"_s));
        QVERIFY(!response->body.contains("evil"));
        QCOMPARE(handler->calls.load(), 0);
    }
}

void TestHttpServerAbuse::anyHostWithAllowRemote()
{
    handler = std::make_shared<EchoHandler>();
    server = std::make_unique<HttpServer>(handler, testLimits());
    server->setAllowNonLoopback(true);
    const auto port = server->start();
    QVERIFY(port);
    RawHttpClient client(*port);
    client.send("GET /x HTTP/1.1\r\nHost: testbox.lan:8080\r\n\r\n");
    const auto response = client.read();
    QVERIFY(response);
    QCOMPARE(response->status, 200);
    // The Origin must still be the server's own, as the Host names it.
    client.send("POST /api/1.1/wf/x HTTP/1.1\r\nHost: testbox.lan:8080\r\n"
                "Origin: http://evil.example\r\nContent-Length: 0\r\n\r\n");
    QCOMPARE(client.read()->status, 403);
}

void TestHttpServerAbuse::foreignOriginRefusedWhereDataChanges_data()
{
    QTest::addColumn<QByteArray>("request"); // HOST: the server's own host
    QTest::addColumn<int>("status");
    const QByteArray evil = "Origin: http://evil.example\r\n";
    const auto post = [](const QByteArray &target, const QByteArray &headers,
                         const QByteArray &body) {
        return "POST " + target + " HTTP/1.1\r\nHost: HOST\r\n" + headers +
               "Content-Length: " + QByteArray::number(body.size()) + "\r\n\r\n" + body;
    };
    QTest::newRow("workflow POST") << post("/api/1.1/wf/signup", evil, "{}") << 403;
    QTest::newRow("bulk text/plain")
        << post("/api/1.1/obj/user/bulk", evil + "Content-Type: text/plain\r\n", "{}\n{}") << 403;
    QTest::newRow("form POST") << post("/api/1.1/wf/signup",
                                       evil + "Content-Type: application/x-www-form-urlencoded\r\n",
                                       "a=1")
                               << 403;
    QTest::newRow("Data API DELETE")
        << QByteArray("DELETE /api/1.1/obj/user/1 HTTP/1.1\r\nHost: HOST\r\n" + evil + "\r\n")
        << 403;
    QTest::newRow("workflow by GET")
        << QByteArray("GET /api/1.1/wf/ping HTTP/1.1\r\nHost: HOST\r\n" + evil + "\r\n") << 403;
    QTest::newRow("opaque origin") << post("/api/1.1/wf/signup", "Origin: null\r\n", "{}") << 403;
    QTest::newRow("second origin foreign")
        << post("/api/1.1/wf/signup", "Origin: http://HOST\r\n" + evil, "{}") << 403;
    QTest::newRow("https variant")
        << post("/api/1.1/wf/signup", "Origin: https://HOST\r\n", "{}") << 403;
    QTest::newRow("own origin") << post("/api/1.1/wf/signup", "Origin: http://HOST\r\n", "{}")
                                << 200;
    QTest::newRow("no origin (curl)") << post("/api/1.1/wf/signup", {}, "{}") << 200;
    QTest::newRow("Data API read")
        << QByteArray("GET /api/1.1/obj/user HTTP/1.1\r\nHost: HOST\r\n" + evil + "\r\n") << 200;
}

void TestHttpServerAbuse::foreignOriginRefusedWhereDataChanges()
{
    QFETCH(QByteArray, request);
    QFETCH(int, status);
    const quint16 port = startServer();
    request.replace("HOST", "localhost:" + QByteArray::number(port));
    RawHttpClient client(port);
    client.send(request);
    const auto response = client.read();
    QVERIFY(response);
    QCOMPARE(response->status, status);
    QCOMPARE(handler->calls.load(), status == 200 ? 1 : 0);
    if (status == 403)
        QVERIFY(messageOf(*response).startsWith(u"Cross-site request refused"_s));
}

// The slowloris of the issue: one client opens 100 connections and sends a
// byte now and then. Other clients are still answered, within a second.
void TestHttpServerAbuse::slowConnectionsFromOneClientLeaveOthersServed()
{
    const quint16 port = startServer();
    std::vector<std::unique_ptr<RawHttpClient>> slow;
    for (int i = 0; i < 100; ++i) {
        slow.push_back(std::make_unique<RawHttpClient>(port, loopback(9)));
        slow.back()->send("GET /x HTTP/1.1\r\nHo");
    }
    for (int other = 1; other <= 3; ++other) {
        RawHttpClient client(port, loopback(other), 1000);
        client.send(get("/ping"));
        const auto answered = client.read();
        QVERIFY2(answered, "another client waited more than a second");
        QCOMPARE(answered->status, 200);
    }
    const auto refused = slow.back()->read();
    QVERIFY(refused);
    QCOMPARE(refused->status, 503);
    QVERIFY(messageOf(*refused).contains(u"from this client"_s));
}

void TestHttpServerAbuse::connectionCapPerClient()
{
    ServerLimits limits = testLimits();
    limits.maxConnectionsPerClient = 2;
    const quint16 port = startServer(limits);
    RawHttpClient first(port, loopback(2));
    RawHttpClient second(port, loopback(2));
    for (RawHttpClient *client : {&first, &second}) {
        client->send(get("/x"));
        QCOMPARE(client->read()->status, 200);
    }
    RawHttpClient third(port, loopback(2));
    const auto refused = third.read();
    QVERIFY(refused);
    QCOMPARE(refused->status, 503);
    QCOMPARE(messageOf(*refused), u"Too many connections from this client (at most 2)"_s);
    RawHttpClient elsewhere(port, loopback(3));
    elsewhere.send(get("/x"));
    QCOMPARE(elsewhere.read()->status, 200);
}

void TestHttpServerAbuse::bodyBelowTheMinimumRateIsCutOff()
{
    ServerLimits limits = testLimits();
    limits.bodyGraceMs = 200;
    limits.minBodyBytesPerSecond = 100;
    RawHttpClient client(startServer(limits));
    client.send("POST /x HTTP/1.1\r\nHost: localhost\r\nContent-Length: 1000\r\n\r\n");
    QElapsedTimer sending;
    sending.start();
    std::optional<RawResponse> response;
    // A byte every 100 ms: 10 bytes a second against the 100 asked for.
    while (!response && sending.elapsed() < 5000) {
        client.send("a");
        QTest::qWait(100);
        if (client.socket().bytesAvailable() > 0)
            response = client.read();
    }
    QVERIFY(response);
    QCOMPARE(response->status, 408);
    QCOMPARE(messageOf(*response), u"Request body arriving slower than 100 bytes a second"_s);
    QCOMPARE(handler->calls.load(), 0);
}

void TestHttpServerAbuse::bodyAtTheMinimumRateIsTaken()
{
    ServerLimits limits = testLimits();
    limits.bodyGraceMs = 200;
    limits.minBodyBytesPerSecond = 20;
    RawHttpClient client(startServer(limits));
    client.send("POST /x HTTP/1.1\r\nHost: localhost\r\nContent-Length: 40\r\n\r\n");
    // 5 bytes every 100 ms, 50 a second, for longer than the grace.
    for (int i = 0; i < 8; ++i) {
        client.send("bbbbb");
        QTest::qWait(100);
    }
    const auto response = client.read();
    QVERIFY(response);
    QCOMPARE(response->status, 200);
    QCOMPARE(response->json()[u"bodyLength"_s].toInt(), 40);
}

void TestHttpServerAbuse::anonymousCallsLimitedPerClient()
{
    ServerLimits limits = testLimits();
    limits.requestsPerMinutePerClient = 2;
    const quint16 port = startServer(limits);
    RawHttpClient flooder(port, loopback(2));
    for (int i = 0; i < 2; ++i) {
        flooder.send(get("/api/1.1/obj/user"));
        QCOMPARE(flooder.read()->status, 200);
    }
    flooder.send(get("/api/1.1/wf/ping"));
    const auto limited = flooder.read();
    QVERIFY(limited);
    QCOMPARE(limited->status, 429);
    QCOMPARE(limited->header("Retry-After"), "30");
    QVERIFY(messageOf(*limited).contains(u"this client"_s));
    RawHttpClient other(port, loopback(3));
    other.send(get("/api/1.1/obj/user"));
    QCOMPARE(other.read()->status, 200);
    nowMs += 30000;
    flooder.send(get("/api/1.1/obj/user"));
    QCOMPARE(flooder.read()->status, 200);
}

// 1,300 anonymous issue_token calls used to spend the workflow's one bucket,
// so alice's real login got 429.
void TestHttpServerAbuse::workflowFloodCannotLockOutAnotherClient()
{
    ServerLimits limits = testLimits();
    limits.requestsPerMinutePerClientWorkflow = 3;
    limits.requestsPerMinutePerWorkflow = 10;
    const quint16 port = startServer(limits);
    RawHttpClient flooder(port, loopback(2));
    int admitted = 0;
    for (int i = 0; i < 20; ++i) {
        flooder.send(post("/api/1.1/wf/issue_token", {}));
        admitted += flooder.read()->status == 200 ? 1 : 0;
    }
    QCOMPARE(admitted, 3);
    RawHttpClient alice(port, loopback(3));
    alice.send(post("/api/1.1/wf/issue_token", R"({"email":"alice@example.com"})"));
    QCOMPARE(alice.read()->status, 200);
}

// A refused call spends nothing: not the shared ceiling, not another key.
void TestHttpServerAbuse::refusedCallsSpendOnlyTheirOwnClient()
{
    ServerLimits limits = testLimits();
    limits.requestsPerMinutePerClientWorkflow = 3;
    limits.requestsPerMinutePerWorkflow = 5;
    const quint16 port = startServer(limits);
    RawHttpClient flooder(port, loopback(2));
    for (int i = 0; i < 20; ++i) {
        flooder.send(post("/api/1.1/wf/issue_token", {}));
        QVERIFY(flooder.read());
    }
    RawHttpClient other(port, loopback(3));
    for (int i = 0; i < 2; ++i) {
        other.send(post("/api/1.1/wf/issue_token", {}));
        QCOMPARE(other.read()->status, 200);
    }
    other.send(post("/api/1.1/wf/issue_token", {}));
    const auto ceiling = other.read();
    QCOMPARE(ceiling->status, 429);
    QVERIFY(messageOf(*ceiling).endsWith(u"for this workflow"_s));
    QCOMPARE(handler->calls.load(), 5);
}

// Every spelling the engine reads as the token counts against that token;
// one it refuses to read (a tab inside) counts against the client.
void TestHttpServerAbuse::bearerWithATabCountsAgainstTheToken()
{
    ServerLimits limits = testLimits();
    limits.requestsPerMinutePerToken = 1;
    limits.requestsPerMinutePerClient = 1;
    RawHttpClient client(startServer(limits));
    client.send(get("/api/1.1/obj/user"));
    QCOMPARE(client.read()->status, 200); // the client's own allowance, spent
    client.send(get("/api/1.1/obj/user", "Authorization: Bearer tok-A\r\n"));
    QCOMPARE(client.read()->status, 200);
    for (const QByteArray &spelling : {QByteArray("bearer   tok-A"), QByteArray("BEARER tok-A \t"),
                                       QByteArray("Bearer\ttok-A"), QByteArray("Bearer \ttok-A")}) {
        client.send(get("/api/1.1/obj/user", "Authorization: " + spelling + "\r\n"));
        const auto limited = client.read();
        QVERIFY(limited);
        QCOMPARE(limited->status, 429);
    }
}

void TestHttpServerAbuse::loggedLinesCannotBeForged_data()
{
    QTest::addColumn<QByteArray>("target");
    QTest::addColumn<QString>("escaped");
    QTest::newRow("CR LF") << QByteArray("/a%0d%0a2026-01-01T00:00:00.000Z%20GET%20/forged%20200")
                           << u"/a\\x0d\\x0a2026"_s;
    QTest::newRow("NUL") << QByteArray("/a%00b") << u"/a\\x00b"_s;
    QTest::newRow("ANSI escape") << QByteArray("/a%1b[2J%1b[31mred") << u"/a\\x1b[2J\\x1b[31mred"_s;
    QTest::newRow("C1 and DEL") << QByteArray("/a%c2%9b%7f") << u"/a\\x9b\\x7f"_s;
    QTest::newRow("bidi override") << QByteArray("/a%e2%80%aeb") << u"/a\\u{202e}b"_s;
}

// `serve` prints each entry's toLine(), `gatehouse-cli log` reads the stored
// entry and prints toLine(): both come from RequestLogEntry.
void TestHttpServerAbuse::loggedLinesCannotBeForged()
{
    QFETCH(QByteArray, target);
    QFETCH(QString, escaped);
    RawHttpClient client(startServer());
    QSignalSpy exchanged(server.get(), &HttpServer::exchanged);
    client.send(get(target));
    QVERIFY(client.read());
    QTRY_COMPARE(exchanged.size(), 1);
    const auto entry =
        RequestLogEntry::fromExchange(exchanged.first().first().value<HttpExchange>());
    const QString line = entry.toLine();
    QVERIFY2(line.contains(escaped), qPrintable(line));
    for (const QChar c : line)
        QVERIFY2(c.unicode() >= 0x20 && c.unicode() != 0x7f && c.unicode() != 0x202e,
                 qPrintable(line));
    QVERIFY(entry.path.startsWith(escaped.left(4)));
    QVERIFY(!entry.path.contains(u'\n'));
    // An entry from a log written before escaping is escaped when printed.
    RequestLogEntry old = entry;
    old.path = u"/a\r\nforged\x1b[2J"_s;
    QCOMPARE(old.toLine().contains(u"/a\\x0d\\x0aforged\\x1b[2J"_s), true);
}

QTEST_GUILESS_MAIN(TestHttpServerAbuse)
#include "tst_HttpServerAbuse.moc"
