#include "RawHttpClient.h"

#include "crypto/TokenSecret.h"
#include "engine/MemoryDataStore.h"
#include "model/DemoProject.h"
#include "server/EngineHandler.h"
#include "server/HttpServer.h"

#include <QJsonArray>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace gatehouse;

namespace {
QByteArray post(const QByteArray &target, const QByteArray &body, const QString &token = {})
{
    QByteArray request = "POST " + target + " HTTP/1.1\r\nHost: localhost\r\n";
    if (!token.isEmpty())
        request += "Authorization: Bearer " + token.toUtf8() + "\r\n";
    if (!body.isEmpty())
        request += "Content-Type: application/json\r\n";
    return request + "Content-Length: " + QByteArray::number(body.size()) + "\r\n\r\n" + body;
}

QByteArray get(const QByteArray &target, const QString &token)
{
    return "GET " + target + " HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer " +
           token.toUtf8() + "\r\n\r\n";
}
} // namespace

// The engine behind the real HTTP server on loopback: the seed scenario over
// the wire, and edits that take effect on the next request.
class tst_EngineOverHttp : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        auto demo = DemoProject::build();
        QVERIFY(demo.ok());
        Project project = demo.value();
        const IssuedSecret admin = TokenSecret::issue(TokenKind::Admin);
        Token token;
        token.name = u"ci"_s;
        token.prefix = admin.prefix;
        token.secretHash = admin.hash;
        project.tokens = {token};
        m_adminSecret = admin.secret;
        m_project = project;
        m_store = std::make_unique<MemoryDataStore>(project.records);
        m_snapshots = std::make_unique<ProjectSnapshots>(std::make_shared<const Project>(project));
        m_server = std::make_unique<HttpServer>(
            std::make_shared<EngineHandler>(*m_snapshots, *m_store, m_clock));
        const auto port = m_server->start();
        QVERIFY2(port.ok(), qPrintable(port.errorMessage()));
        m_port = port.value();
    }

    void cleanup() { m_server.reset(); }

    void seedScenarioOverTheWire()
    {
        RawHttpClient client(m_port);
        client.send(post("/api/1.1/wf/issue_token",
                         R"({"email":"alice@example.com","password":"alice-password"})"));
        const auto login = client.read();
        QVERIFY(login);
        QCOMPARE(login->status, 200);
        const QString token = login->json()[u"response"_s][u"token"_s].toString();
        QVERIFY(token.startsWith(u"gh_usr_"_s));
        QCOMPARE(login->json()[u"response"_s][u"expires"_s].toInt(), 86400);

        client.send(post("/api/1.1/wf/create_transaction",
                         R"({"account":"ACC-7","phone":"+1 555 0107","amount":25})", token));
        const auto created = client.read();
        QVERIFY(created);
        QCOMPARE(created->status, 200);
        QCOMPARE(created->json()[u"response"_s][u"amount"_s].toDouble(), 25.0);

        client.send(
            post("/api/1.1/wf/create_transaction?account=ACC-7&phone=1&amount=25", {}, token));
        const auto inQuery = client.read();
        QVERIFY(inQuery);
        QCOMPARE(inQuery->status, 400);
        QCOMPARE(inQuery->json()[u"body"_s][u"message"_s].toString(),
                 u"Missing parameter for workflow create_transaction: parameter account"_s);
    }

    void adminOnlyOverTheWire_data()
    {
        QTest::addColumn<bool>("asAdmin");
        QTest::addColumn<int>("status");
        QTest::newRow("no token") << false << 401;
        QTest::newRow("admin token") << true << 200;
    }

    void adminOnlyOverTheWire()
    {
        QFETCH(bool, asAdmin);
        QFETCH(int, status);
        RawHttpClient client(m_port);
        client.send(post("/api/1.1/wf/admin_cleanup", {}, asAdmin ? m_adminSecret : QString()));
        const auto response = client.read();
        QVERIFY(response);
        QCOMPARE(response->status, status);
        QVERIFY(!response->body.contains(m_adminSecret.toUtf8()));
    }

    // An edit published while the server runs takes effect on the next
    // request, without a restart: here the admin token is revoked.
    void revocationTakesEffectOnTheNextRequest()
    {
        RawHttpClient client(m_port);
        client.send(post("/api/1.1/wf/public_ping", {}, m_adminSecret));
        QCOMPARE(client.read()->status, 200);
        Project edited = m_project;
        edited.tokens[0].revoked = m_clock.now();
        m_snapshots->publish(std::make_shared<const Project>(edited));
        client.send(post("/api/1.1/wf/public_ping", {}, m_adminSecret));
        const auto refused = client.read();
        QVERIFY(refused);
        QCOMPARE(refused->status, 401);
        QCOMPARE(refused->json()[u"translation"_s].toString(), u"Invalid or expired token"_s);
    }

    // A token's find lists, its view gets one by id: each without the other
    // is refused the other, over the wire as in the engine.
    void findAndViewAreApartOverTheWire_data()
    {
        QTest::addColumn<bool>("find");
        QTest::addColumn<bool>("view");
        QTest::newRow("find without view") << true << false;
        QTest::newRow("view without find") << false << true;
        QTest::newRow("both") << true << true;
    }

    void findAndViewAreApartOverTheWire()
    {
        QFETCH(bool, find);
        QFETCH(bool, view);
        Project edited = m_project;
        edited.tokens[0].scopes.allDataTypes = false;
        edited.tokens[0].scopes.dataTypes = {
            DataTypeScope{.dataType = u"Transaction"_s, .find = find, .view = view}};
        m_snapshots->publish(std::make_shared<const Project>(edited));
        const QByteArray id = m_project.records.at(3).id.toUtf8();
        RawHttpClient client(m_port);
        client.send(get("/api/1.1/obj/transaction", m_adminSecret));
        const auto listed = client.read();
        QVERIFY(listed);
        QCOMPARE(listed->status, find ? 200 : 403);
        if (!find)
            QCOMPARE(listed->json()[u"translation"_s].toString(),
                     u"This token may not find transaction"_s);
        client.send(get("/api/1.1/obj/transaction/" + id, m_adminSecret));
        const auto fetched = client.read();
        QVERIFY(fetched);
        QCOMPARE(fetched->status, view ? 200 : 403);
        if (view)
            QCOMPARE(fetched->json()[u"response"_s][u"_id"_s].toString(), QString::fromUtf8(id));
        else
            QCOMPARE(fetched->json()[u"translation"_s].toString(),
                     u"This token may not view transaction"_s);
    }

    void unexposingTakesEffectOnTheNextRequest()
    {
        RawHttpClient client(m_port);
        client.send(post("/api/1.1/wf/public_ping", {}));
        QCOMPARE(client.read()->status, 200);
        Project edited = m_project;
        edited.workflows[edited.indexOfWorkflow(u"public_ping"_s)].exposed = false;
        m_snapshots->publish(std::make_shared<const Project>(edited));
        client.send(post("/api/1.1/wf/public_ping", {}));
        QCOMPARE(client.read()->status, 404);
    }

    // The server runs what is due about once a second, between requests, so
    // a scheduled workflow runs on time even when nobody calls.
    void scheduledWorkflowRunsOnTimeWithoutARequest()
    {
        Project edited = m_project;
        Workflow plan;
        plan.name = u"plan_recalc"_s;
        plan.parameters = {Parameter{u"at"_s, FieldType::date()}};
        Action later;
        later.kind = ActionKind::ScheduleWorkflow;
        later.workflow = u"internal_recalc"_s;
        later.target = u"at"_s;
        plan.actions = {later};
        edited.workflows.append(plan);
        m_snapshots->publish(std::make_shared<const Project>(edited));

        RawHttpClient client(m_port);
        client.send(post("/api/1.1/wf/issue_token",
                         R"({"email":"alice@example.com","password":"alice-password"})"));
        const QString alice = client.read()->json()[u"response"_s][u"token"_s].toString();
        const QString at = m_clock.now().addMSecs(1500).toString(Qt::ISODateWithMs);
        client.send(post("/api/1.1/wf/plan_recalc", R"({"at":")" + at.toUtf8() + R"("})", alice));
        QCOMPARE(client.read()->status, 200);
        QTest::qWait(3500); // no request meanwhile: only the server's own tick can run it

        client.send(
            "GET /api/1.1/obj/transaction HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer " +
            alice.toUtf8() + "\r\n\r\n");
        const auto listed = client.read();
        QVERIFY(listed);
        const QJsonArray mine = listed->json()[u"response"_s][u"results"_s].toArray();
        QCOMPARE(mine.size(), 3);
        for (const QJsonValue &transaction : mine)
            QCOMPARE(transaction[u"note"_s].toString(), u"recalculated"_s);
    }

private:
    Project m_project;
    QString m_adminSecret;
    SystemClock m_clock;
    std::unique_ptr<MemoryDataStore> m_store;
    std::unique_ptr<ProjectSnapshots> m_snapshots;
    std::unique_ptr<HttpServer> m_server;
    quint16 m_port = 0;
};

QTEST_GUILESS_MAIN(tst_EngineOverHttp)
#include "tst_EngineOverHttp.moc"
