#include "EngineFixture.h"
#include "EngineTable.h"

#include <QJsonArray>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace gatehouse;

namespace {
QByteArray bodyFor(const QString &workflow)
{
    if (workflow == u"issue_token"_s)
        return R"({"email":"bob@example.com","password":"bob-password"})";
    if (workflow == u"signup"_s)
        return R"({"email":"carol@example.com","password":"carol-password"})";
    if (workflow == u"create_transaction"_s)
        return R"({"account":"ACC-9","phone":"+1 555 0199","amount":42})";
    return {};
}
} // namespace

// Every demo workflow against every kind of caller, over the engine's one
// entry point: the status, a part of the body, and the step that decided.
class tst_Engine : public QObject
{
    Q_OBJECT

private slots:
    void init() { QVERIFY(m.build()); }

    void workflowTable_data()
    {
        using S = TraceStep::Stage;
        QTest::addColumn<QString>("workflow");
        QTest::addColumn<QString>("caller");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("body");
        QTest::addColumn<TraceStep::Stage>("stage");
        QTest::addColumn<QString>("subject");
        const Expected badToken{401, "Invalid or expired token", S::Authenticate, "{token}"};
        const Expected scoped{403, "This token may not run workflow", S::Authorize};
        const Expected noUser{401, "You do not have permission to run workflow", S::Authorize};
        const Expected hidden{404, "Workflow not found", S::Route};
        const QMap<QString, QList<Expected>> table{
            // anonymous, alice, bob, root, admin, ping-only, expired, revoked, malformed
            {u"issue_token"_s,
             {{200, "\"expires\":86400", S::Response},
              {200, "\"token\":\"gh_usr_", S::Response},
              {200, "\"user_id\":", S::Response},
              {200, "\"token\"", S::Response},
              {200, "\"token\"", S::Response},
              scoped,
              badToken,
              badToken,
              badToken}},
            {u"signup"_s,
             {{200, "\"expires\":86400", S::Response},
              {200, "\"token\"", S::Response},
              {200, "\"token\"", S::Response},
              {200, "\"token\"", S::Response},
              {200, "\"token\"", S::Response},
              scoped,
              badToken,
              badToken,
              badToken}},
            {u"create_transaction"_s,
             {noUser,
              {200, "\"amount\":42", S::Response},
              {200, "\"amount\":42", S::Response},
              {200, "\"id\":", S::Response},
              {200, "\"amount\":42", S::Response},
              scoped,
              badToken,
              badToken,
              badToken}},
            {u"tag_my_transactions"_s,
             {noUser,
              {200, "\"changed\":3", S::Response},
              {200, "\"changed\":2", S::Response},
              {200, "\"changed\":5", S::Response},
              {200, "\"changed\":5", S::Response},
              scoped,
              badToken,
              badToken,
              badToken}},
            {u"admin_cleanup"_s,
             {noUser,
              noUser,
              noUser,
              noUser,
              {200, "\"deleted\":0", S::Response},
              scoped,
              badToken,
              badToken,
              badToken}},
            {u"public_ping"_s,
             {{200, "\"pong\":\"ok\"", S::Response},
              {200, "\"pong\":\"ok\"", S::Response},
              {200, "\"pong\":\"ok\"", S::Response},
              {200, "\"pong\":\"ok\"", S::Response},
              {200, "\"pong\":\"ok\"", S::Response},
              {200, "\"pong\":\"ok\"", S::Response},
              badToken,
              badToken,
              badToken}},
            {u"internal_recalc"_s,
             {hidden, hidden, hidden, hidden, hidden, hidden, hidden, hidden, hidden}},
        };
        for (auto it = table.begin(); it != table.end(); ++it) {
            for (int i = 0; i < kEngineCallers.size(); ++i) {
                const Expected &e = it.value().at(i);
                QTest::addRow("%s by %s", qPrintable(it.key()), qPrintable(kEngineCallers.at(i)))
                    << it.key() << kEngineCallers.at(i) << e.status << QString::fromLatin1(e.body)
                    << e.stage << QString::fromUtf8(e.subject);
            }
        }
    }

    void workflowTable()
    {
        QFETCH(QString, workflow);
        QFETCH(QString, caller);
        QFETCH(int, status);
        QFETCH(QString, body);
        QFETCH(TraceStep::Stage, stage);
        QFETCH(QString, subject);
        if (subject.isEmpty())
            subject = u"workflow `%1`"_s.arg(workflow);
        subject.replace(u"{token}"_s, m.tokenSubject(caller));
        const EngineResponse response =
            m.call(caller, "POST", u"/api/1.1/wf/"_s + workflow, bodyFor(workflow));
        QVERIFY2(response.status == status,
                 qPrintable(u"%1 %2\n%3"_s.arg(response.status)
                                .arg(QString::fromUtf8(response.body), response.trace.toText())));
        QVERIFY2(response.body.contains(body.toUtf8()), response.body.constData());
        QVERIFY(response.trace.decidingStep());
        QCOMPARE(response.trace.decidingStep()->stage, stage);
        QCOMPARE(response.trace.decidingStep()->subject, subject);
        // Bubble's error codes start with the time: the engine's clock, not the wall's.
        if (const QJsonValue code = response.jsonBody()[u"args"_s][u"code"_s]; code.isString())
            QVERIFY(code.toString().startsWith(QString::number(m.clock.now().toMSecsSinceEpoch()) +
                                               u'x'));
        for (const QString &secret : m.secrets)
            QVERIFY2(!response.trace.toText().contains(secret), "a secret is in the trace");
    }

    // The forum thread's story, end to end.
    void seedScenario()
    {
        const EngineResponse login =
            m.call(u"anonymous"_s, "POST", u"/api/1.1/wf/issue_token"_s,
                   R"({"email":"alice@example.com","password":"alice-password"})");
        QCOMPARE(login.status, 200);
        m.secrets.insert(u"alice-now"_s, login.jsonBody()[u"response"_s][u"token"_s].toString());

        const EngineResponse created =
            m.call(u"alice-now"_s, "POST", u"/api/1.1/wf/create_transaction"_s,
                   R"({"account":"ACC-7","phone":"+1 555 0107","amount":25})");
        QCOMPARE(created.status, 200);
        const QString id = created.jsonBody()[u"response"_s][u"id"_s].toString();
        QCOMPARE(created.jsonBody()[u"response"_s][u"amount"_s].toDouble(), 25.0);
        const auto record = m.store->record(id).value();
        QVERIFY(record);
        QCOMPARE(record->createdBy, DemoProject::aliceId());

        const EngineResponse inQuery =
            m.call(u"alice-now"_s, "POST",
                   u"/api/1.1/wf/create_transaction?account=ACC-7&phone=1&amount=25"_s);
        QCOMPARE(inQuery.status, 400);
        QCOMPARE(inQuery.jsonBody()[u"body"_s][u"message"_s].toString(),
                 u"Missing parameter for workflow create_transaction: parameter account"_s);
        QCOMPARE(inQuery.trace.decidingStep()->stage, TraceStep::Stage::Parameters);
    }

    void tagChangesOnlyTheCallersTransactions()
    {
        const EngineResponse tagged =
            m.call(u"alice"_s, "POST", u"/api/1.1/wf/tag_my_transactions"_s);
        QCOMPARE(tagged.jsonBody()[u"response"_s][u"changed"_s].toInt(), 3);
        for (const Record &r : m.store->recordsOfType(u"Transaction"_s).value())
            QCOMPARE(r.values.value(u"tagged"_s).toBool(), r.createdBy == DemoProject::aliceId());

        QCOMPARE(m.call(u"alice"_s, "POST", u"/api/1.1/wf/admin_cleanup"_s).status, 401);
        QCOMPARE(m.store->recordsOfType(u"Transaction"_s).value().size(), 5);
        const EngineResponse cleaned = m.call(u"admin"_s, "POST", u"/api/1.1/wf/admin_cleanup"_s);
        QCOMPARE(cleaned.status, 200);
        QCOMPARE(cleaned.jsonBody()[u"response"_s][u"deleted"_s].toInt(), 3);
        QCOMPARE(m.store->recordsOfType(u"Transaction"_s).value().size(), 2);
    }

    void conditionNotMet_data()
    {
        QTest::addColumn<bool>("return200");
        QTest::addColumn<int>("status");
        QTest::newRow("400 by default") << false << 400;
        QTest::newRow("200 when the workflow says") << true << 200;
    }

    void conditionNotMet()
    {
        QFETCH(bool, return200);
        QFETCH(int, status);
        m.project.workflows[m.project.indexOfWorkflow(u"create_transaction"_s)]
            .return200IfConditionNotMet = return200;
        const EngineResponse response =
            m.call(u"alice"_s, "POST", u"/api/1.1/wf/create_transaction"_s,
                   R"({"account":"A","phone":"p","amount":0})");
        QCOMPARE(response.status, status);
        QCOMPARE(response.jsonBody()[u"status"_s].toString(), u"NOT_RUN"_s);
        QCOMPARE(
            response.jsonBody()[u"message"_s].toString(),
            u"The condition for the workflow create_transaction is not met. Workflow won't run"_s);
        QCOMPARE(response.trace.decidingStep()->stage, TraceStep::Stage::Condition);
        QCOMPARE(m.store->recordsOfType(u"Transaction"_s).value().size(), 5);
    }

    void wrongPasswordIsBubblesLoginError()
    {
        const EngineResponse response =
            m.call(u"anonymous"_s, "POST", u"/api/1.1/wf/issue_token"_s,
                   R"({"email":"alice@example.com","password":"nope"})");
        QCOMPARE(response.status, 400);
        QCOMPARE(response.jsonBody()[u"reason"_s].toString(), u"INVALID_LOGIN_CREDENTIALS"_s);
    }

    // A step that fails undoes the steps before it.
    void failedStepRollsBackTheRequest()
    {
        Workflow &w = m.project.workflows[m.project.indexOfWorkflow(u"create_transaction"_s)];
        Action broken;
        broken.kind = ActionKind::CreateThing;
        broken.dataType = u"Transaction"_s;
        broken.assignments = {{u"amount"_s, u"\"not a number\""_s}};
        w.actions.insert(1, broken);
        const EngineResponse response =
            m.call(u"alice"_s, "POST", u"/api/1.1/wf/create_transaction"_s,
                   R"({"account":"A","phone":"p","amount":5})");
        QCOMPARE(response.status, 400);
        QVERIFY2(response.body.contains("failed at step 2"), response.body.constData());
        QCOMPARE(response.trace.decidingStep()->verdict, TraceStep::Verdict::Failed);
        QCOMPARE(m.store->recordsOfType(u"Transaction"_s).value().size(), 5);
    }

    void actionConditionSkipsAStep()
    {
        Workflow &w = m.project.workflows[m.project.indexOfWorkflow(u"public_ping"_s)];
        w.actions[0].condition = u"Current User's email is not empty"_s;
        const EngineResponse anonymous =
            m.call(u"anonymous"_s, "POST", u"/api/1.1/wf/public_ping"_s);
        QCOMPARE(anonymous.status, 200);
        QCOMPARE(anonymous.jsonBody()[u"response"_s].toObject(), QJsonObject());
        QCOMPARE(anonymous.trace.steps().at(anonymous.trace.steps().size() - 2).verdict,
                 TraceStep::Verdict::Skipped);
        const EngineResponse alice = m.call(u"alice"_s, "POST", u"/api/1.1/wf/public_ping"_s);
        QCOMPARE(alice.jsonBody()[u"response"_s][u"pong"_s].toString(), u"ok"_s);
    }

    void expiredSessionIsRefusedLater()
    {
        m.clock.advance(86400);
        QCOMPARE(m.call(u"alice"_s, "POST", u"/api/1.1/wf/public_ping"_s).status, 401);
        QCOMPARE(m.call(u"admin"_s, "POST", u"/api/1.1/wf/public_ping"_s).status, 200);
    }

    void swaggerOnlyWhenEnabled()
    {
        QCOMPARE(m.call(u"anonymous"_s, "GET", u"/api/1.1/meta/swagger.json"_s).status, 404);
        m.project.settings.swaggerEnabled = true;
        const EngineResponse response =
            m.call(u"anonymous"_s, "GET", u"/version-test/api/1.1/meta/swagger.json"_s);
        QVERIFY2(response.status == 200, qPrintable(response.trace.toText()));
        const QJsonObject swagger = response.jsonBody();
        QCOMPARE(swagger[u"swagger"_s].toString(), u"2.0"_s);
        QCOMPARE(swagger[u"info"_s][u"title"_s].toString(), u"Payments demo"_s);
        QCOMPARE(swagger[u"basePath"_s].toString(), u"/version-test/api/1.1"_s);
        const QJsonObject paths = swagger[u"paths"_s].toObject();
        // Exposed workflows and types only: internal_recalc and User stay out.
        QVERIFY(paths.contains(u"/wf/create_transaction"_s));
        QVERIFY(!paths.contains(u"/wf/internal_recalc"_s));
        QVERIFY(paths.contains(u"/obj/transaction/{UniqueID}"_s));
        QVERIFY(!paths.contains(u"/obj/user"_s));
        const QJsonObject body =
            paths[u"/wf/create_transaction"_s][u"post"_s][u"parameters"_s][0][u"schema"_s]
                .toObject();
        QCOMPARE(body[u"required"_s].toArray(),
                 (QJsonArray{u"account"_s, u"phone"_s, u"amount"_s}));
        QCOMPARE(body[u"properties"_s][u"amount"_s][u"type"_s].toString(), u"number"_s);
        // None-required workflows say so, as Bubble's meta does.
        QCOMPARE(paths[u"/wf/public_ping"_s][u"post"_s][u"security"_s].toArray(), QJsonArray());
        QVERIFY(!paths[u"/wf/admin_cleanup"_s][u"post"_s].toObject().contains(u"security"_s));
        QVERIFY(!response.body.contains("argon2"));
        QCOMPARE(m.call(u"anonymous"_s, "POST", u"/api/1.1/meta/swagger.json"_s).status, 405);
    }

    // A thing passed as a parameter must exist and be of the parameter's type.
    void thingParameters_data()
    {
        QTest::addColumn<QString>("id"); // {tx} is a transaction's id, {alice} a user's
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("part");
        QTest::newRow("a transaction") << u"{tx}"_s << 200 << u"\"note\":\"seen\""_s;
        QTest::newRow("no such thing")
            << u"1x2"_s << 400 << u"Invalid value for parameter tx (must be transaction)"_s;
        QTest::newRow("a user, not a transaction") << u"{alice}"_s << 400 << u"INVALID_DATA"_s;
    }

    void thingParameters()
    {
        QFETCH(QString, id);
        QFETCH(int, status);
        QFETCH(QString, part);
        Workflow note;
        note.name = u"note_on"_s;
        note.authentication = AuthMode::AdminOnly;
        note.parameters = {Parameter{u"tx"_s, FieldType::reference(u"Transaction"_s), false}};
        Action change;
        change.kind = ActionKind::MakeChanges;
        change.dataType = u"Transaction"_s;
        change.target = u"tx"_s;
        change.assignments = {{u"note"_s, u"\"seen\""_s}};
        Action answer;
        answer.kind = ActionKind::ReturnData;
        answer.assignments = {{u"note"_s, u"Result of step 1's note"_s}};
        note.actions = {change, answer};
        m.project.workflows.append(note);
        id.replace(u"{tx}"_s, m.project.records.at(3).id)
            .replace(u"{alice}"_s, DemoProject::aliceId());
        const EngineResponse response = m.call(u"admin"_s, "POST", u"/api/1.1/wf/note_on"_s,
                                               QJsonDocument(QJsonObject{{u"tx"_s, id}}).toJson());
        QVERIFY2(response.status == status, response.body.constData());
        QVERIFY2(response.body.contains(part.toUtf8()), response.body.constData());
    }

    void unknownPathIs404()
    {
        const EngineResponse response = m.call(u"admin"_s, "GET", u"/favicon.ico"_s);
        QCOMPARE(response.status, 404);
        QCOMPARE(response.trace.decidingStep()->stage, TraceStep::Stage::Route);
    }

private:
    EngineFixture m;
};

QTEST_GUILESS_MAIN(tst_Engine)
#include "tst_engine.moc"
