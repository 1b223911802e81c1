#include "engine/AccountActions.h"
#include "engine/Authenticator.h"
#include "engine/MemoryDataStore.h"

#include "crypto/PasswordHasher.h"
#include "model/DemoProject.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace gatehouse;

namespace {
const QDateTime kNow(QDate(2026, 6, 1), QTime(12, 0), Qt::UTC);
}

class tst_AccountActions : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        auto demo = DemoProject::build();
        QVERIFY(demo.ok());
        m_project = demo.value();
        m_store = std::make_unique<MemoryDataStore>(m_project.records);
        m_clock = std::make_unique<ManualClock>(kNow);
    }

    void logIn_data()
    {
        QTest::addColumn<QString>("email");
        QTest::addColumn<QString>("password");
        QTest::addColumn<bool>("stay");
        QTest::addColumn<int>("expires"); // 0: refused
        QTest::newRow("alice") << u"alice@example.com"_s << u"alice-password"_s << false << 86400;
        QTest::newRow("stay logged in")
            << u"alice@example.com"_s << u"alice-password"_s << true << 31536000;
        QTest::newRow("email any case")
            << u" ALICE@example.com"_s << u"alice-password"_s << false << 86400;
        QTest::newRow("wrong password")
            << u"alice@example.com"_s << u"bob-password"_s << false << 0;
        QTest::newRow("unknown email")
            << u"carol@example.com"_s << u"alice-password"_s << false << 0;
        QTest::newRow("empty password") << u"alice@example.com"_s << QString() << false << 0;
    }

    void logIn()
    {
        QFETCH(QString, email);
        QFETCH(QString, password);
        QFETCH(bool, stay);
        QFETCH(int, expires);
        const auto outcome = actions().logIn(email, password, stay);
        if (expires == 0) {
            const auto &refusal = std::get<EngineResponse>(outcome);
            QCOMPARE(refusal.status, 400);
            QCOMPARE(refusal.jsonBody()[u"reason"_s].toString(), u"INVALID_LOGIN_CREDENTIALS"_s);
            QVERIFY(!refusal.body.contains(password.toUtf8()) || password.isEmpty());
            QVERIFY(m_store->sessions().isEmpty());
            return;
        }
        const QJsonObject response = std::get<QJsonObject>(outcome);
        QCOMPARE(response[u"expires"_s].toInt(), expires);
        QCOMPARE(response[u"user_id"_s].toString(), DemoProject::aliceId());
        const QString token = response[u"token"_s].toString();
        QVERIFY(token.startsWith(u"gh_usr_"_s));
        QCOMPARE(m_store->sessions().size(), 1);
        QVERIFY(m_store->sessions().first().secretHash != token.toUtf8());
        QCOMPARE(m_store->sessions().first().credential.expires, kNow.addSecs(expires));
        QCOMPARE(authenticate(token), u"user"_s);
    }

    void logOutRevokesOnlyThatSession()
    {
        const QString first = std::get<QJsonObject>(actions().logIn(
            u"alice@example.com"_s, u"alice-password"_s, false))[u"token"_s]
                                  .toString();
        const QString second = std::get<QJsonObject>(actions().logIn(
            u"alice@example.com"_s, u"alice-password"_s, false))[u"token"_s]
                                   .toString();
        const Principal principal = principalFor(first);
        QVERIFY(principal.fromSession);
        QVERIFY(actions().logOut(principal).ok());
        QCOMPARE(authenticate(first), u"refused"_s);
        QCOMPARE(authenticate(second), u"user"_s);
    }

    void sessionExpiresAfterItsLifetime()
    {
        const QString token = std::get<QJsonObject>(actions().logIn(
            u"bob@example.com"_s, u"bob-password"_s, false))[u"token"_s]
                                  .toString();
        m_clock->advance(86399);
        QCOMPARE(authenticate(token), u"user"_s);
        m_clock->advance(1);
        QCOMPARE(authenticate(token), u"refused"_s);
    }

    void signUp_data()
    {
        QTest::addColumn<QString>("email");
        QTest::addColumn<QString>("password");
        QTest::addColumn<QString>("error");
        QTest::newRow("new user") << u"carol@example.com"_s << u"carol-password"_s << QString();
        QTest::newRow("taken") << u"Alice@Example.com"_s << u"another-password"_s
                               << u"USED_EMAIL"_s;
        QTest::newRow("short password")
            << u"dan@example.com"_s << u"short"_s << u"PASSWORD_TOO_SHORT"_s;
        QTest::newRow("not an address") << u"dan"_s << u"long-enough"_s << u"INVALID_EMAIL"_s;
    }

    void signUp()
    {
        QFETCH(QString, email);
        QFETCH(QString, password);
        QFETCH(QString, error);
        const qsizetype usersBefore = m_store->recordsOfType(u"User"_s).value().size();
        const auto outcome = actions().signUp(email, password, false);
        if (!error.isEmpty()) {
            QCOMPARE(
                std::get<EngineResponse>(outcome).jsonBody()[u"body"_s][u"status"_s].toString(),
                error);
            QCOMPARE(m_store->recordsOfType(u"User"_s).value().size(), usersBefore);
            return;
        }
        const QJsonObject response = std::get<QJsonObject>(outcome);
        const auto user = m_store->record(response[u"user_id"_s].toString()).value();
        QVERIFY(user);
        QCOMPARE(user->values[u"email"_s].toString(), email);
        QVERIFY(PasswordHasher::verify(user->passwordHash, password));
        QVERIFY(!user->passwordHash.contains(password.toUtf8()));
        QCOMPARE(authenticate(response[u"token"_s].toString()), u"user"_s);
    }

private:
    AccountActions actions() { return AccountActions(*m_store, m_project.settings, *m_clock); }

    Principal principalFor(const QString &token)
    {
        Trace trace;
        const EngineRequest request = EngineRequest::make(
            "POST", u"/api/1.1/wf/x"_s, {}, {{"Authorization", "Bearer " + token.toUtf8()}});
        const auto outcome =
            Authenticator(m_project, m_store.get(), *m_clock).authenticate(request, trace);
        return std::holds_alternative<Principal>(outcome) ? std::get<Principal>(outcome)
                                                          : Principal{};
    }

    QString authenticate(const QString &token)
    {
        const Principal p = principalFor(token);
        return p.kind == Principal::Kind::User ? u"user"_s : u"refused"_s;
    }

    Project m_project;
    std::unique_ptr<MemoryDataStore> m_store;
    std::unique_ptr<ManualClock> m_clock;
};

QTEST_GUILESS_MAIN(tst_AccountActions)
#include "tst_accountactions.moc"
