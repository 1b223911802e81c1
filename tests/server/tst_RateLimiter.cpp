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
    QTest::addColumn<QString>("workflowKey");
    QTest::addColumn<bool>("hasTokenKey");
    QTest::newRow("workflow, bearer")
        << u"/api/1.1/wf/signup"_s << QByteArray("Bearer s3cret") << u"wf:signup"_s << true;
    QTest::newRow("test version, query token")
        << u"/version-test/api/1.1/wf/login?api_token=s3cret"_s << QByteArray() << u"wf:login"_s
        << true;
    QTest::newRow("data api, no token")
        << u"/api/1.1/obj/user"_s << QByteArray() << QString() << false;
    QTest::newRow("not bearer") << u"/api/1.1/wf/x"_s << QByteArray("Basic abc") << u"wf:x"_s
                                << false;
}

void TestRateLimiter::gateKeysByWorkflowAndTokenHash()
{
    QFETCH(QString, target);
    QFETCH(QByteArray, authorization);
    QFETCH(QString, workflowKey);
    QFETCH(bool, hasTokenKey);
    HeaderList headers;
    if (!authorization.isEmpty())
        headers.append({"Authorization", authorization});
    const EngineRequest request = EngineRequest::make("POST", target, {}, headers);
    QCOMPARE(RateLimitGate::workflowKey(request), workflowKey);
    const QString tokenKey = RateLimitGate::tokenKey(request);
    QCOMPARE(!tokenKey.isEmpty(), hasTokenKey);
    QVERIFY(!tokenKey.contains(u"s3cret"_s));
}

void TestRateLimiter::gateRefusalCountsNothing()
{
    qint64 now = 0;
    RateLimitGate gate(1, 5, [&] { return now; });
    const EngineRequest first =
        EngineRequest::make("POST", u"/api/1.1/wf/a"_s, {}, {{"Authorization", "Bearer t1"}});
    QCOMPARE(gate.admit(first).retryAfterSeconds, 0);
    const RateLimitGate::Verdict refused = gate.admit(first);
    QCOMPARE(refused.retryAfterSeconds, 60);
    QVERIFY(refused.message.contains(u"token"_s));
    // Another token on the same workflow still has the workflow's budget:
    // the refused call above did not spend any of it.
    for (int i = 2; i <= 5; ++i) {
        const EngineRequest other =
            EngineRequest::make("POST", u"/api/1.1/wf/a"_s, {},
                                {{"Authorization", "Bearer t" + QByteArray::number(i)}});
        QCOMPARE(gate.admit(other).retryAfterSeconds, 0);
    }
    const EngineRequest sixth =
        EngineRequest::make("POST", u"/api/1.1/wf/a"_s, {}, {{"Authorization", "Bearer t9"}});
    const RateLimitGate::Verdict workflowFull = gate.admit(sixth);
    QCOMPARE(workflowFull.retryAfterSeconds, 12);
    QVERIFY(workflowFull.message.contains(u"workflow"_s));
}

QTEST_GUILESS_MAIN(TestRateLimiter)
#include "tst_RateLimiter.moc"
