#include "EngineFixture.h"
#include "EngineSteps.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace gatehouse;

// The action kinds and the token bookkeeping, through the real engine over
// the demo project, a memory store and a manual clock.
class tst_EngineActions : public QObject
{
    Q_OBJECT

private slots:
    void init() { QVERIFY(m.build()); }

    void sendEmailLandsInTheOutbox_data()
    {
        QTest::addColumn<QString>("caller");
        QTest::addColumn<QString>("to");
        QTest::addColumn<QString>("body");
        QTest::addColumn<QString>("condition");
        QTest::addColumn<bool>("thenFails");
        QTest::addColumn<QString>("sentTo"); // empty: nothing in the outbox
        QTest::addColumn<QString>("sentBody");
        QTest::newRow("literal") << u"anonymous"_s << u"\"ops@example.com\""_s
                                 << u"\"Nightly report\""_s << QString() << false
                                 << u"ops@example.com"_s << u"Nightly report"_s;
        QTest::newRow("from a parameter") << u"bob"_s << u"address"_s << u"\"Hi\""_s << QString()
                                          << false << u"param@example.com"_s << u"Hi"_s;
        QTest::newRow("to the current user")
            << u"alice"_s << u"Current User's email"_s << QString() << QString() << false
            << u"alice@example.com"_s << QString();
        QTest::newRow("skipped by its condition")
            << u"anonymous"_s << u"\"ops@example.com\""_s << u"\"x\""_s
            << u"Current User's email is not empty"_s << false << QString() << QString();
        QTest::newRow("undone with the request")
            << u"alice"_s << u"\"ops@example.com\""_s << u"\"x\""_s << QString() << true
            << QString() << QString();
    }

    void sendEmailLandsInTheOutbox()
    {
        QFETCH(QString, caller);
        QFETCH(QString, to);
        QFETCH(QString, body);
        QFETCH(QString, condition);
        QFETCH(bool, thenFails);
        QFETCH(QString, sentTo);
        QFETCH(QString, sentBody);
        QList<Assignment> fields{{u"to"_s, to}, {u"subject"_s, u"\"Your report\""_s}};
        if (!body.isEmpty())
            fields.append({u"body"_s, body});
        QList<Action> actions{steps::make(ActionKind::SendEmail, fields, condition)};
        if (thenFails)
            actions.append(steps::failing());
        steps::add(m.project, u"notify"_s, AuthMode::NoneRequired, actions,
                   {Parameter{u"address"_s, FieldType::text(), true}});
        m.clock.advance(90);
        const EngineResponse response =
            m.call(caller, "POST", u"/api/1.1/wf/notify"_s, R"({"address":"param@example.com"})");
        QCOMPARE(response.status, thenFails ? 400 : 200);
        const QList<OutboxEmail> outbox = m.store->outbox().value();
        if (sentTo.isEmpty()) {
            QVERIFY(outbox.isEmpty());
            return;
        }
        QCOMPARE(outbox.size(), 1);
        QCOMPARE(outbox.first(),
                 (OutboxEmail{m.clock.now(), u"notify"_s, sentTo, u"Your report"_s, sentBody}));
    }

    // P20: a step acted on any thing it was handed, whatever the privacy
    // rules. A Thing parameter the caller cannot find is now as missing as
    // one that does not exist (issue 11), so bob cannot hand alice's in.
    void deleteThing_data()
    {
        QTest::addColumn<QString>("caller");
        QTest::addColumn<bool>("thenFails");
        QTest::addColumn<int>("status");
        QTest::addColumn<bool>("deleted");
        QTest::newRow("alice deletes hers") << u"alice"_s << false << 200 << true;
        QTest::newRow("bob cannot hand in alice's (P20)") << u"bob"_s << false << 400 << false;
        QTest::newRow("admin token") << u"admin"_s << false << 200 << true;
        QTest::newRow("anonymous is refused") << u"anonymous"_s << false << 401 << false;
        QTest::newRow("undone by a later step") << u"alice"_s << true << 400 << false;
    }

    void deleteThing()
    {
        QFETCH(QString, caller);
        QFETCH(bool, thenFails);
        QFETCH(int, status);
        QFETCH(bool, deleted);
        QList<Action> actions{steps::onTransaction(ActionKind::DeleteThing, u"tx"_s)};
        if (thenFails)
            actions.append(steps::failing());
        steps::add(m.project, u"delete_one"_s, AuthMode::UserAndAdmin, actions,
                   {Parameter{u"tx"_s, FieldType::reference(u"Transaction"_s), false}});
        const QString id = m.project.records.at(3).id;
        const EngineResponse response = m.call(caller, "POST", u"/api/1.1/wf/delete_one"_s,
                                               QJsonDocument(QJsonObject{{u"tx"_s, id}}).toJson());
        QVERIFY2(response.status == status, response.body.constData());
        QCOMPARE(!m.store->record(id).value(), deleted);
        QCOMPARE(m.store->recordsOfType(u"Transaction"_s).value().size(), deleted ? 4 : 5);
    }

    void logOutRevokesTheSession_data()
    {
        QTest::addColumn<QString>("caller");
        QTest::addColumn<int>("status");
        QTest::addColumn<int>("laterStatus"); // the caller's next request
        QTest::newRow("alice's session") << u"alice"_s << 200 << 401;
        QTest::newRow("root's session") << u"root"_s << 200 << 401;
        QTest::newRow("an admin token is no session") << u"admin"_s << 400 << 200;
    }

    void logOutRevokesTheSession()
    {
        QFETCH(QString, caller);
        QFETCH(int, status);
        QFETCH(int, laterStatus);
        steps::add(m.project, u"log_out"_s, AuthMode::UserAndAdmin,
                   {steps::make(ActionKind::LogOut),
                    steps::make(ActionKind::ReturnData, {{u"bye"_s, u"\"ok\""_s}})});
        const EngineResponse response = m.call(caller, "POST", u"/api/1.1/wf/log_out"_s);
        QVERIFY2(response.status == status, response.body.constData());
        if (status == 400)
            QVERIFY(response.body.contains("only a user session can be logged out"));
        const EngineResponse later = m.call(caller, "POST", u"/api/1.1/wf/public_ping"_s);
        QCOMPARE(later.status, laterStatus);
        if (laterStatus == 401)
            QVERIFY2(later.trace.decidingStep()->reason.contains(u"was revoked"_s),
                     qPrintable(later.trace.toText()));
        // Only that session: bob's still works.
        QCOMPARE(m.call(u"bob"_s, "POST", u"/api/1.1/wf/public_ping"_s).status, 200);
    }

    void terminateEndsTheWorkflow_data()
    {
        QTest::addColumn<QString>("condition");
        QTest::addColumn<int>("created");
        QTest::addColumn<bool>("returned");
        QTest::newRow("terminate runs") << QString() << 1 << false;
        QTest::newRow("terminate skipped by its condition")
            << u"Current User's email is not empty"_s << 2 << true;
    }

    void terminateEndsTheWorkflow()
    {
        QFETCH(QString, condition);
        QFETCH(int, created);
        QFETCH(bool, returned);
        const Action create =
            steps::onTransaction(ActionKind::CreateThing, {}, {{u"amount"_s, u"1"_s}});
        steps::add(m.project, u"stop_early"_s, AuthMode::NoneRequired,
                   {create, steps::make(ActionKind::Terminate, {}, condition), create,
                    steps::make(ActionKind::ReturnData, {{u"after"_s, u"\"yes\""_s}})});
        const EngineResponse response = m.call(u"anonymous"_s, "POST", u"/api/1.1/wf/stop_early"_s);
        QCOMPARE(response.status, 200);
        QCOMPARE(m.store->recordsOfType(u"Transaction"_s).value().size(), 5 + created);
        QCOMPARE(response.jsonBody()[u"response"_s].toObject().contains(u"after"_s), returned);
        const QString trace = response.trace.toText();
        QCOMPARE(trace.contains(u"step 3"_s), returned);
    }

    // Each use of a session moves its 30-day inactivity window.
    void usingASessionExtendsItsIdleWindow_data()
    {
        QTest::addColumn<int>("usedOnDay"); // -1: not used after the login
        QTest::addColumn<int>("calledOnDay");
        QTest::addColumn<int>("status");
        QTest::newRow("used on day 29, called on day 58") << 29 << 58 << 200;
        QTest::newRow("used on day 29, called on day 59") << 29 << 59 << 401;
        QTest::newRow("not used, called on day 29") << -1 << 29 << 200;
        QTest::newRow("not used, called on day 30") << -1 << 30 << 401;
    }

    void usingASessionExtendsItsIdleWindow()
    {
        QFETCH(int, usedOnDay);
        QFETCH(int, calledOnDay);
        QFETCH(int, status);
        const EngineResponse login = m.call(
            u"anonymous"_s, "POST", u"/api/1.1/wf/issue_token"_s,
            R"({"email":"alice@example.com","password":"alice-password","stay_logged_in":true})");
        QCOMPARE(login.jsonBody()[u"response"_s][u"expires"_s].toInt(), 31536000);
        m.secrets.insert(u"alice-long"_s, login.jsonBody()[u"response"_s][u"token"_s].toString());
        const QDateTime loggedIn = m.clock.now();
        if (usedOnDay >= 0) {
            m.clock.set(loggedIn.addDays(usedOnDay));
            QCOMPARE(m.call(u"alice-long"_s, "POST", u"/api/1.1/wf/public_ping"_s).status, 200);
        }
        m.clock.set(loggedIn.addDays(calledOnDay));
        const EngineResponse later = m.call(u"alice-long"_s, "POST", u"/api/1.1/wf/public_ping"_s);
        QCOMPARE(later.status, status);
        if (status == 401)
            QVERIFY(later.trace.decidingStep()->reason.contains(u"not used for 30 days"_s));
    }

    // A project token's use is recorded; no idle rule applies to it.
    void projectTokenUseIsRecorded_data()
    {
        QTest::addColumn<QString>("caller");
        QTest::addColumn<QString>("target");
        QTest::addColumn<int>("status");
        QTest::addColumn<bool>("touched");
        QTest::newRow("admin, a workflow")
            << u"admin"_s << u"/api/1.1/wf/public_ping"_s << 200 << true;
        QTest::newRow("admin, the Data API")
            << u"admin"_s << u"/api/1.1/obj/transaction"_s << 200 << true;
        QTest::newRow("scoped, allowed")
            << u"ping-only"_s << u"/api/1.1/wf/public_ping"_s << 200 << true;
        QTest::newRow("scoped, refused after authentication")
            << u"ping-only"_s << u"/api/1.1/wf/issue_token"_s << 403 << true;
        QTest::newRow("expired") << u"expired"_s << u"/api/1.1/wf/public_ping"_s << 401 << false;
        QTest::newRow("revoked") << u"revoked"_s << u"/api/1.1/wf/public_ping"_s << 401 << false;
        QTest::newRow("a 404 reads no token")
            << u"admin"_s << u"/api/1.1/wf/internal_recalc"_s << 404 << false;
        QTest::newRow("anonymous")
            << u"anonymous"_s << u"/api/1.1/wf/public_ping"_s << 200 << false;
    }

    void projectTokenUseIsRecorded()
    {
        QFETCH(QString, caller);
        QFETCH(QString, target);
        QFETCH(int, status);
        QFETCH(bool, touched);
        const QDateTime before = m.clock.now();
        for (const Token &token : m.project.tokens)
            QVERIFY(m.store->touchToken(token.secretHash, before));
        m.clock.advance(40 * 86400); // longer than a session may idle
        const QByteArray method = target.contains(u"/obj/"_s) ? "GET" : "POST";
        QCOMPARE(m.call(caller, method, target).status, status);
        for (const Token &token : m.project.tokens) {
            const bool expected = touched && token.name == caller;
            QCOMPARE(m.store->tokenLastUsed(token.secretHash).value(),
                     std::optional(expected ? m.clock.now() : before));
        }
    }

private:
    EngineFixture m;
};

QTEST_GUILESS_MAIN(tst_EngineActions)
#include "tst_engineactions.moc"
