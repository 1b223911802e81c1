#include "crypto/PasswordHasher.h"
#include "model/DemoProject.h"
#include "model/ProjectValidator.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace gatehouse;

class tst_DemoProject : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        auto built = DemoProject::build();
        QVERIFY2(built.ok(), qPrintable(built.errorMessage()));
        m_demo = built.value();
    }

    void isValid()
    {
        const Diagnostics diagnostics = ProjectValidator::validate(m_demo);
        QStringList lines;
        for (const Diagnostic &d : diagnostics)
            lines << d.toString();
        QVERIFY2(diagnostics.isEmpty(), qPrintable(lines.join(u'\n')));
    }

    void settingsAreAsDocumented()
    {
        QCOMPARE(m_demo.name, u"Payments demo"_s);
        QVERIFY(m_demo.settings.workflowApiEnabled);
        QVERIFY(m_demo.settings.dataApiEnabled);
        QCOMPARE(m_demo.settings.dataApiTypes, QStringList{u"Transaction"_s});
        QCOMPARE(m_demo.settings.userTokenLifetimeSeconds, 86400);
        QCOMPARE(m_demo.settings.stayLoggedInLifetimeSeconds, 31536000);
        QVERIFY(m_demo.tokens.isEmpty());
    }

    void workflows_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<bool>("exposed");
        QTest::addColumn<AuthMode>("auth");
        QTest::addColumn<QStringList>("parameters");
        QTest::newRow("issue_token") << u"issue_token"_s << true << AuthMode::NoneRequired
                                     << QStringList{u"email"_s, u"password"_s, u"stay_logged_in"_s};
        QTest::newRow("signup") << u"signup"_s << true << AuthMode::NoneRequired
                                << QStringList{u"email"_s, u"password"_s};
        QTest::newRow("create_transaction")
            << u"create_transaction"_s << true << AuthMode::UserAndAdmin
            << QStringList{u"account"_s, u"phone"_s, u"amount"_s};
        QTest::newRow("tag_my_transactions")
            << u"tag_my_transactions"_s << true << AuthMode::UserAndAdmin << QStringList{};
        QTest::newRow("admin_cleanup")
            << u"admin_cleanup"_s << true << AuthMode::AdminOnly << QStringList{};
        QTest::newRow("public_ping")
            << u"public_ping"_s << true << AuthMode::NoneRequired << QStringList{};
        QTest::newRow("internal_recalc")
            << u"internal_recalc"_s << false << AuthMode::UserAndAdmin << QStringList{};
    }

    void workflows()
    {
        QFETCH(QString, name);
        QFETCH(bool, exposed);
        QFETCH(AuthMode, auth);
        QFETCH(QStringList, parameters);
        const Workflow *w = m_demo.findWorkflow(name);
        QVERIFY(w);
        QCOMPARE(w->exposed, exposed);
        QCOMPARE(w->authentication, auth);
        QStringList keys;
        for (const Parameter &p : w->parameters)
            keys << p.key;
        QCOMPARE(keys, parameters);
    }

    void onlyStayLoggedInIsOptional()
    {
        const Workflow *w = m_demo.findWorkflow(u"issue_token"_s);
        QVERIFY(w->findParameter(u"stay_logged_in"_s)->optional);
        QVERIFY(!w->findParameter(u"email"_s)->optional);
        QCOMPARE(m_demo.findWorkflow(u"create_transaction"_s)->condition, u"amount > 0"_s);
    }

    void testData()
    {
        int users = 0;
        QMap<QString, QList<double>> amountsByOwner;
        for (const Record &r : m_demo.records) {
            if (r.type == u"User"_s) {
                ++users;
                QVERIFY(PasswordHasher::looksLikeHash(r.passwordHash));
            } else {
                QCOMPARE(r.type, u"Transaction"_s);
                QCOMPARE(r.values.value(u"tagged"_s).toBool(true), false);
                amountsByOwner[r.createdBy].append(r.values.value(u"amount"_s).toDouble());
            }
        }
        QCOMPARE(users, 3);
        QCOMPARE(amountsByOwner.value(DemoProject::aliceId()), (QList<double>{10, 20, 30}));
        QCOMPARE(amountsByOwner.value(DemoProject::bobId()), (QList<double>{5, 15}));
    }

    void passwordsVerify_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<QString>("password");
        QTest::newRow("alice") << DemoProject::aliceId() << u"alice-password"_s;
        QTest::newRow("bob") << DemoProject::bobId() << u"bob-password"_s;
        QTest::newRow("root") << DemoProject::rootId() << u"root-password"_s;
    }

    void passwordsVerify()
    {
        QFETCH(QString, id);
        QFETCH(QString, password);
        const Record *user = m_demo.findRecord(id);
        QVERIFY(user);
        QVERIFY(PasswordHasher::verify(user->passwordHash, password));
        QVERIFY(!PasswordHasher::verify(user->passwordHash, password + u"x"_s));
        QVERIFY(!user->passwordHash.contains(password.toUtf8()));
    }

    void rootIsTheOnlyAdmin()
    {
        QVERIFY(m_demo.findRecord(DemoProject::rootId())->values.value(u"admin"_s).toBool());
        QVERIFY(!m_demo.findRecord(DemoProject::aliceId())->values.value(u"admin"_s).toBool());
        QVERIFY(!m_demo.findRecord(DemoProject::bobId())->values.value(u"admin"_s).toBool());
    }

private:
    Project m_demo;
};

QTEST_GUILESS_MAIN(tst_DemoProject)
#include "tst_demoproject.moc"
