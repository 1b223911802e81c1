#include "server/RateLimitGate.h"
#include "server/RateLimiter.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace gatehouse;

class TestRateLimiter : public QObject
{
    Q_OBJECT

private slots:
    void burstThenWait_data();
    void burstThenWait();
    void refillsOverTime();
    void zeroMeansNoLimit();
    void keysAreIndependent();
    void manyKeysStayBounded();
    void gateKeysByWorkflowAndTokenHash_data();
    void gateKeysByWorkflowAndTokenHash();
    void gateRefusalCountsNothing();
    void floodOfNewKeysCannotRefillALimitedKey();
    void gateKeysAnonymousCallsByClient();
};

void TestRateLimiter::burstThenWait_data()
{
    QTest::addColumn<int>("perMinute");
    QTest::addColumn<int>("expectedWait");
    QTest::newRow("1 a minute") << 1 << 60;
    QTest::newRow("2 a minute") << 2 << 30;
    QTest::newRow("60 a minute") << 60 << 1;
    QTest::newRow("600 a minute rounds up") << 600 << 1;
}

void TestRateLimiter::burstThenWait()
{
    QFETCH(int, perMinute);
    QFETCH(int, expectedWait);
    qint64 now = 1000;
    RateLimiter limiter(perMinute, [&] { return now; });
    for (int i = 0; i < perMinute; ++i) {
        QCOMPARE(limiter.retryAfterSeconds(u"k"_s), 0);
        limiter.take(u"k"_s);
    }
    QCOMPARE(limiter.retryAfterSeconds(u"k"_s), expectedWait);
}

void TestRateLimiter::refillsOverTime()
{
    qint64 now = 0;
    RateLimiter limiter(2, [&] { return now; });
    limiter.take(u"k"_s);
    limiter.take(u"k"_s);
    QCOMPARE(limiter.retryAfterSeconds(u"k"_s), 30);
    now += 20000;
    QCOMPARE(limiter.retryAfterSeconds(u"k"_s), 10);
    now += 10000;
    QCOMPARE(limiter.retryAfterSeconds(u"k"_s), 0);
    limiter.take(u"k"_s);
    QCOMPARE(limiter.retryAfterSeconds(u"k"_s), 30);
}

void TestRateLimiter::zeroMeansNoLimit()
{
    RateLimiter limiter(0, [] { return qint64(0); });
    for (int i = 0; i < 1000; ++i)
        limiter.take(u"k"_s);
    QCOMPARE(limiter.retryAfterSeconds(u"k"_s), 0);
    QCOMPARE(limiter.keyCount(), 0);
}

void TestRateLimiter::keysAreIndependent()
{
    RateLimiter limiter(1, [] { return qint64(0); });
    limiter.take(u"a"_s);
    QVERIFY(limiter.retryAfterSeconds(u"a"_s) > 0);
    QCOMPARE(limiter.retryAfterSeconds(u"b"_s), 0);
}

void TestRateLimiter::manyKeysStayBounded()
{
    qint64 now = 0;
    RateLimiter limiter(
        5, [&] { return now; }, 100);
    for (int i = 0; i < 1000; ++i) {
        limiter.take(QString::number(i));
        ++now;
    }
    QVERIFY(limiter.keyCount() <= 100);
    // The most recent key is still counted.
    for (int i = 0; i < 4; ++i)
        limiter.take(u"999"_s);
    QVERIFY(limiter.retryAfterSeconds(u"999"_s) > 0);
}

void TestRateLimiter::gateKeysByWorkflowAndTokenHash_data()
{
    QTest::addColumn<QString>("target");
    QTest::addColumn<QByteArray>("authorization");
    QTest::addColumn<QString>("workflow");
    QTest::addColumn<bool>("hasTokenKey");
    QTest::newRow("workflow, bearer")
        << u"/api/1.1/wf/signup"_s << QByteArray("Bearer s3cret") << u"signup"_s << true;
    QTest::newRow("test version, query token")
        << u"/version-test/api/1.1/wf/login?api_token=s3cret"_s << QByteArray() << u"login"_s
        << true;
    QTest::newRow("data api, no token")
        << u"/api/1.1/obj/user"_s << QByteArray() << QString() << false;
    QTest::newRow("not bearer") << u"/api/1.1/wf/x"_s << QByteArray("Basic abc") << u"x"_s << false;
    QTest::newRow("bearer, spaces")
        << u"/api/1.1/obj/user"_s << QByteArray("bearer   s3cret") << QString() << true;
    // The engine refuses a tab inside the header: it counts as anonymous.
    QTest::newRow("bearer, tab") << u"/api/1.1/obj/user"_s << QByteArray("Bearer\ts3cret")
                                 << QString() << false;
    QTest::newRow("two tokens") << u"/api/1.1/obj/user?api_token=a&api_token=b"_s << QByteArray()
                                << QString() << false;
}

void TestRateLimiter::gateKeysByWorkflowAndTokenHash()
{
    QFETCH(QString, target);
    QFETCH(QByteArray, authorization);
    QFETCH(QString, workflow);
    QFETCH(bool, hasTokenKey);
    HeaderList headers;
    if (!authorization.isEmpty())
        headers.append({"Authorization", authorization});
    const EngineRequest request = EngineRequest::make("POST", target, {}, headers);
    QCOMPARE(RateLimitGate::workflowName(request), workflow);
    const QString tokenKey = RateLimitGate::tokenKey(request);
    QCOMPARE(!tokenKey.isEmpty(), hasTokenKey);
    QVERIFY(!tokenKey.contains(u"s3cret"_s));
}

void TestRateLimiter::gateRefusalCountsNothing()
{
    qint64 now = 0;
    ServerLimits limits;
    limits.requestsPerMinutePerToken = 1;
    limits.requestsPerMinutePerWorkflow = 5;
    RateLimitGate gate(limits, [&] { return now; });
    const EngineRequest first =
        EngineRequest::make("POST", u"/api/1.1/wf/a"_s, {}, {{"Authorization", "Bearer t1"}});
    QCOMPARE(gate.admit(first, u"127.0.0.1"_s).retryAfterSeconds, 0);
    const RateLimitGate::Verdict refused = gate.admit(first, u"127.0.0.1"_s);
    QCOMPARE(refused.retryAfterSeconds, 60);
    QVERIFY(refused.message.contains(u"token"_s));
    // Another token on the same workflow still has the workflow's budget:
    // the refused call above did not spend any of it.
    for (int i = 2; i <= 5; ++i) {
        const EngineRequest other =
            EngineRequest::make("POST", u"/api/1.1/wf/a"_s, {},
                                {{"Authorization", "Bearer t" + QByteArray::number(i)}});
        QCOMPARE(gate.admit(other, u"127.0.0.1"_s).retryAfterSeconds, 0);
    }
    const EngineRequest sixth =
        EngineRequest::make("POST", u"/api/1.1/wf/a"_s, {}, {{"Authorization", "Bearer t9"}});
    const RateLimitGate::Verdict workflowFull = gate.admit(sixth, u"127.0.0.1"_s);
    QCOMPARE(workflowFull.retryAfterSeconds, 12);
    QVERIFY(workflowFull.message.contains(u"workflow"_s));
}

// A limited key stays limited however many new keys arrive: they share an
// overflow bucket instead of pushing the limited one out (and so refilling it).
void TestRateLimiter::floodOfNewKeysCannotRefillALimitedKey()
{
    qint64 now = 0;
    RateLimiter limiter(
        2, [&] { return now; }, 10);
    limiter.take(u"alice"_s);
    limiter.take(u"alice"_s);
    QVERIFY(limiter.retryAfterSeconds(u"alice"_s) > 0);
    for (int i = 0; i < 1000; ++i) {
        ++now;
        const QString bogus = u"bogus-%1"_s.arg(i);
        if (limiter.retryAfterSeconds(bogus) == 0)
            limiter.take(bogus);
    }
    QVERIFY(limiter.keyCount() <= 10);
    QVERIFY(limiter.retryAfterSeconds(u"alice"_s) > 0);
    // The flood spent its own shared bucket.
    QVERIFY(limiter.retryAfterSeconds(u"bogus-new"_s) > 0);
}

void TestRateLimiter::gateKeysAnonymousCallsByClient()
{
    ServerLimits limits;
    limits.requestsPerMinutePerClient = 1;
    RateLimitGate gate(limits, [] { return qint64(0); });
    const EngineRequest anonymous = EngineRequest::make("GET", u"/api/1.1/obj/user"_s, {}, {});
    QCOMPARE(gate.admit(anonymous, u"127.0.0.2"_s).retryAfterSeconds, 0);
    const RateLimitGate::Verdict again = gate.admit(anonymous, u"127.0.0.2"_s);
    QCOMPARE(again.retryAfterSeconds, 60);
    QVERIFY(again.message.endsWith(u"for this client"_s));
    QCOMPARE(gate.admit(anonymous, u"127.0.0.3"_s).retryAfterSeconds, 0);
}

QTEST_GUILESS_MAIN(TestRateLimiter)
#include "tst_RateLimiter.moc"
