#include "RawHttpClient.h"

#include "crypto/TokenSecret.h"
#include "engine/MemoryDataStore.h"
#include "model/DemoProject.h"
#include "server/EngineHandler.h"
#include "server/HttpServer.h"

#include <QElapsedTimer>
#include <QTest>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;
using namespace gatehouse;

namespace {
QByteArray post(const QByteArray &target, const QByteArray &body, const QByteArray &extra = {})
{
    return "POST " + target + " HTTP/1.1\r\nHost: localhost\r\n" + extra +
           "Content-Length: " + QByteArray::number(body.size()) + "\r\n\r\n" + body;
}

QByteArray bearer(const QString &token)
{
    return "Authorization: Bearer " + token.toUtf8() + "\r\n";
}

QString messageOf(const RawResponse &response)
{
    const QJsonObject json = response.json();
    return json.contains(u"body"_s) ? json[u"body"_s][u"message"_s].toString()
                                    : json[u"message"_s].toString();
}
} // namespace

// The served demo under attack over raw sockets, where the answer is the
// engine's: a token hidden in a trailer, text that must not be stored,
// the Data API's 405, and a bulk that must not stall everyone else.
class TestEngineAbuseOverHttp : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        auto demo = DemoProject::build();
        QVERIFY(demo.ok());
        Project project = demo.value();
        project.settings.dataApiTypes.append(DataType::userTypeName());
        const IssuedSecret admin = TokenSecret::issue(TokenKind::Admin);
        Token token;
        token.name = u"ci"_s;
        token.prefix = admin.prefix;
        token.secretHash = admin.hash;
        project.tokens = {token};
        m_adminSecret = admin.secret;
        m_store = std::make_unique<MemoryDataStore>(project.records);
        m_snapshots = std::make_unique<ProjectSnapshots>(std::make_shared<const Project>(project));
        m_server = std::make_unique<HttpServer>(
            std::make_shared<EngineHandler>(*m_snapshots, *m_store, m_clock));
        const auto port = m_server->start();
        QVERIFY2(port.ok(), qPrintable(port.errorMessage()));
        m_port = port.value();
    }

    void cleanup() { m_server.reset(); }

    void tokenInATrailerDoesNotAuthenticate()
    {
        RawHttpClient client(m_port);
        client.send("POST /api/1.1/wf/admin_cleanup HTTP/1.1\r\nHost: localhost\r\n"
                    "Transfer-Encoding: chunked\r\n\r\n0\r\n" +
                    bearer(m_adminSecret) + "\r\n");
        const auto response = client.read();
        QVERIFY(response);
        QCOMPARE(response->status, 401);
        // The same call with the token in the header is the admin's.
        client.send(post("/api/1.1/wf/admin_cleanup", {}, bearer(m_adminSecret)));
        QCOMPARE(client.read()->status, 200);
    }

    void doubledCredentialIsRefused_data()
    {
        QTest::addColumn<QByteArray>("request");
        QTest::addColumn<QString>("named");
        QTest::newRow("two Authorization headers")
            << QByteArray("GET /api/1.1/obj/transaction HTTP/1.1\r\nHost: localhost\r\n"
                          "Authorization: Bearer ADMIN\r\nAuthorization: Bearer other\r\n\r\n")
            << u"Authorization"_s;
        QTest::newRow("two api_token")
            << QByteArray("GET /api/1.1/obj/transaction?api_token=ADMIN&api_token=other "
                          "HTTP/1.1\r\nHost: localhost\r\n\r\n")
            << u"api_token"_s;
    }

    // Two credentials in one request cannot be read one way: 400, naming
    // which was doubled, whichever of them is the admin's.
    void doubledCredentialIsRefused()
    {
        QFETCH(QByteArray, request);
        QFETCH(QString, named);
        request.replace("ADMIN", m_adminSecret.toUtf8());
        RawHttpClient client(m_port);
        client.send(request);
        const auto response = client.read();
        QVERIFY(response);
        QCOMPARE(response->status, 400);
        QVERIFY2(response->body.contains(named.toUtf8()), response->body);
        QVERIFY(!response->body.contains(m_adminSecret.toUtf8()));
    }

    void tabInsideBearerDoesNotAuthenticate()
    {
        RawHttpClient client(m_port);
        client.send(post("/api/1.1/wf/admin_cleanup", {},
                         "Authorization: Bearer\t" + m_adminSecret.toUtf8() + "\r\n"));
        const auto response = client.read();
        QVERIFY(response);
        QCOMPARE(response->status, 401);
    }

    void dataApiWrongMethodSaysAllow_data()
    {
        QTest::addColumn<QByteArray>("request");
        QTest::addColumn<QByteArray>("allow");
        QTest::newRow("collection")
            << QByteArray("DELETE /api/1.1/obj/transaction HTTP/1.1\r\nHost: localhost\r\n\r\n")
            << QByteArray("GET, POST");
        QTest::newRow("item") << post("/api/1.1/obj/transaction/1x2", "{}")
                              << QByteArray("GET, PATCH, PUT, DELETE");
        QTest::newRow("bulk")
            << QByteArray("GET /api/1.1/obj/transaction/bulk HTTP/1.1\r\nHost: localhost\r\n\r\n")
            << QByteArray("POST");
    }

    void dataApiWrongMethodSaysAllow()
    {
        QFETCH(QByteArray, request);
        QFETCH(QByteArray, allow);
        RawHttpClient client(m_port);
        client.send(request);
        const auto response = client.read();
        QVERIFY(response);
        QCOMPARE(response->status, 405);
        QCOMPARE(response->header("Allow"), allow);
    }

    void uncleanJsonTextIsRefused_data()
    {
        QTest::addColumn<QByteArray>("target");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("named");
        QTest::newRow("workflow, NUL escape")
            << QByteArray("/api/1.1/wf/create_transaction")
            << QByteArray("{\"account\":\"ACC-7\\u0000x\",\"phone\":\"+1 555 0107\",\"amount\":1}")
            << u"account"_s;
        QTest::newRow("workflow, lone high surrogate")
            << QByteArray("/api/1.1/wf/create_transaction")
            << QByteArray("{\"account\":\"ACC-7\",\"phone\":\"+1 555 \\ud800\",\"amount\":1}")
            << u"phone"_s;
        QTest::newRow("workflow, lone low surrogate")
            << QByteArray("/api/1.1/wf/create_transaction")
            << QByteArray("{\"account\":\"\\udc00\",\"phone\":\"+1 555 0107\",\"amount\":1}")
            << u"account"_s;
        QTest::newRow("Data API create, NUL escape")
            << QByteArray("/api/1.1/obj/transaction")
            << QByteArray("{\"amount\":1,\"note\":\"a\\u0000b\"}") << u"note"_s;
        QTest::newRow("Data API create, raw NUL")
            << QByteArray("/api/1.1/obj/transaction")
            << (QByteArray("{\"amount\":1,\"note\":\"a") + char(0) + QByteArray("b\"}"))
            << QString();
    }

    // Stored, a NUL cuts text short downstream and a lone surrogate is not
    // Unicode at all: both are refused, and nothing is written.
    void uncleanJsonTextIsRefused()
    {
        QFETCH(QByteArray, target);
        QFETCH(QByteArray, body);
        QFETCH(QString, named);
        RawHttpClient client(m_port);
        client.send(post("/api/1.1/wf/issue_token",
                         "{\"email\":\"alice@example.com\",\"password\":\"alice-password\"}"));
        const QString alice = client.read()->json()[u"response"_s][u"token"_s].toString();
        QVERIFY(!alice.isEmpty());
        const qsizetype before = m_store->recordsOfType(u"Transaction"_s).value().size();
        client.send(post(target, body, bearer(alice) + "Content-Type: application/json\r\n"));
        const auto response = client.read();
        QVERIFY(response);
        QCOMPARE(response->status, 400);
        if (!named.isEmpty())
            QVERIFY2(messageOf(*response).contains(u"key "_s + named), response->body);
        QCOMPARE(m_store->recordsOfType(u"Transaction"_s).value().size(), before);
    }

    // The issue's stall: 1,000 anonymous user lines with passwords held the
    // server for 79 s, because each password was hashed before the create
    // permission refused it. A ping sent meanwhile must come back within a
    // bound stated against an idle ping measured here, in the same run.
    void anonymousBulkDoesNotStallAPing()
    {
        RawHttpClient pinger(m_port, 30000);
        const auto ping = [&] {
            QElapsedTimer timer;
            timer.start();
            pinger.send(post("/api/1.1/wf/public_ping", {}));
            const auto answer = pinger.read();
            return answer && answer->status == 200 ? timer.elapsed() : qint64(-1);
        };
        qint64 idle = 0;
        for (int i = 0; i < 5; ++i) {
            const qint64 one = ping();
            QVERIFY(one >= 0);
            idle = std::max(idle, one);
        }
        constexpr int allowedMultiple = 500; // 79 s against ~1 ms before the fix
        const qint64 bound = std::max<qint64>(idle, 1) * allowedMultiple;

        QByteArray lines;
        for (int i = 0; i < 1000; ++i)
            lines += "{\"email\":\"u" + QByteArray::number(i) +
                     "@example.com\",\"password\":\"password-" + QByteArray::number(i) + "\"}\n";
        RawHttpClient bulk(m_port, 120000);
        bulk.send(post("/api/1.1/obj/user/bulk", lines, "Content-Type: text/plain\r\n"));
        const qint64 during = ping();
        QVERIFY(during >= 0);
        QVERIFY2(during <= bound, qPrintable(u"a ping took %1 ms during the bulk; idle %2 ms, "
                                             "bound %3 ms"_s.arg(during)
                                                 .arg(idle)
                                                 .arg(bound)));
        const auto answered = bulk.read();
        QVERIFY(answered);
        QCOMPARE(answered->status, 200);
        QCOMPARE(answered->body.count("cannot create"), 1000);
    }

private:
    QString m_adminSecret;
    SystemClock m_clock;
    std::unique_ptr<MemoryDataStore> m_store;
    std::unique_ptr<ProjectSnapshots> m_snapshots;
    std::unique_ptr<HttpServer> m_server;
    quint16 m_port = 0;
};

QTEST_GUILESS_MAIN(TestEngineAbuseOverHttp)
#include "tst_EngineAbuseOverHttp.moc"
