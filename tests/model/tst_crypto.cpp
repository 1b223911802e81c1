#include "crypto/PasswordHasher.h"
#include "crypto/TokenSecret.h"

#include <QSet>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace gatehouse;

class tst_Crypto : public QObject
{
    Q_OBJECT

private slots:
    void passwordHashIsArgon2idAndSalted()
    {
        auto first = PasswordHasher::hash(u"alice-password"_s);
        auto second = PasswordHasher::hash(u"alice-password"_s);
        QVERIFY(first.ok() && second.ok());
        QVERIFY(first.value().startsWith("$argon2id$"));
        QVERIFY(first.value() != second.value());
        QVERIFY(PasswordHasher::verify(first.value(), u"alice-password"_s));
        QVERIFY(!PasswordHasher::verify(first.value(), u"alice-passwor"_s));
    }

    void malformedHashNeverVerifies_data()
    {
        QTest::addColumn<QByteArray>("hash");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("plain text") << QByteArray("alice-password");
        QTest::newRow("argon2i") << QByteArray("$argon2i$v=19$m=65536,t=2,p=1$c2FsdA$aGFzaA");
        QTest::newRow("truncated") << QByteArray("$argon2id$v=19$m=65536");
        QTest::newRow("overlong") << QByteArray("$argon2id$") + QByteArray(500, 'a');
    }

    void malformedHashNeverVerifies()
    {
        QFETCH(QByteArray, hash);
        QVERIFY(!PasswordHasher::verify(hash, u"alice-password"_s));
    }

    void issuedSecretsAreUniqueAndOnlyHashed()
    {
        QSet<QString> secrets;
        for (int i = 0; i < 200; ++i) {
            const IssuedSecret issued = TokenSecret::issue(TokenKind::Admin);
            QVERIFY(issued.secret.startsWith(u"gh_adm_"_s));
            QCOMPARE(issued.secret.size(), 7 + 43);
            QVERIFY(issued.secret.startsWith(issued.prefix));
            QCOMPARE(issued.prefix.size(), TokenSecret::visiblePrefixLength);
            QCOMPARE(issued.hash, TokenSecret::hashOf(issued.secret));
            QVERIFY(!issued.hash.contains(issued.secret.toUtf8()));
            secrets.insert(issued.secret);
        }
        QCOMPARE(secrets.size(), 200);
        QVERIFY(TokenSecret::issue(TokenKind::User).secret.startsWith(u"gh_usr_"_s));
    }

    void hashComparison_data()
    {
        const QByteArray a = TokenSecret::hashOf(u"gh_adm_one"_s);
        QTest::addColumn<QByteArray>("left");
        QTest::addColumn<QByteArray>("right");
        QTest::addColumn<bool>("equal");
        QTest::newRow("same") << a << TokenSecret::hashOf(u"gh_adm_one"_s) << true;
        QTest::newRow("different") << a << TokenSecret::hashOf(u"gh_adm_two"_s) << false;
        QTest::newRow("shorter") << a << a.left(10) << false;
        QTest::newRow("both empty") << QByteArray() << QByteArray() << false;
    }

    void hashComparison()
    {
        QFETCH(QByteArray, left);
        QFETCH(QByteArray, right);
        QFETCH(bool, equal);
        QCOMPARE(TokenSecret::hashesEqual(left, right), equal);
    }
};

QTEST_GUILESS_MAIN(tst_Crypto)
#include "tst_crypto.moc"
