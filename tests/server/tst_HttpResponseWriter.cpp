#include "server/HttpResponseWriter.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace gatehouse;

class TestHttpResponseWriter : public QObject
{
    Q_OBJECT

private slots:
    void imfFixdate_data();
    void imfFixdate();
    void framingIsOurs();
    void noBodyFor204And304_data();
    void noBodyFor204And304();
    void headerInjectionIsDropped();
    void errorShape();
};

void TestHttpResponseWriter::imfFixdate_data()
{
    QTest::addColumn<QDateTime>("time");
    QTest::addColumn<QByteArray>("expected");
    QTest::newRow("rfc example") << QDateTime(QDate(1994, 11, 6), QTime(8, 49, 37), Qt::UTC)
                                 << QByteArray("Sun, 06 Nov 1994 08:49:37 GMT");
    QTest::newRow("leap day") << QDateTime(QDate(2024, 2, 29), QTime(23, 0, 5), Qt::UTC)
                              << QByteArray("Thu, 29 Feb 2024 23:00:05 GMT");
}

void TestHttpResponseWriter::imfFixdate()
{
    QFETCH(QDateTime, time);
    QFETCH(QByteArray, expected);
    QCOMPARE(HttpResponseWriter::httpDate(time), expected);
}

void TestHttpResponseWriter::framingIsOurs()
{
    EngineResponse response = EngineResponse::json(201, {{u"a"_s, 1}});
    response.headers.append({QByteArray("Content-Length"), QByteArray("999")});
    response.headers.append({QByteArray("Connection"), QByteArray("upgrade")});
    response.headers.append({QByteArray("X-Custom"), QByteArray("yes")});
    const QDateTime now(QDate(2024, 1, 2), QTime(3, 4, 5), Qt::UTC);
    const QByteArray wire = HttpResponseWriter::serialize(response, true, now);
    QCOMPARE(wire, "HTTP/1.1 201 Created\r\n"
                   "Content-Type: application/json\r\n"
                   "X-Custom: yes\r\n"
                   "Server: Gatehouse\r\n"
                   "Date: Tue, 02 Jan 2024 03:04:05 GMT\r\n"
                   "Connection: keep-alive\r\n"
                   "Content-Length: 7\r\n"
                   "\r\n"
                   "{\"a\":1}");
}

void TestHttpResponseWriter::noBodyFor204And304_data()
{
    QTest::addColumn<int>("status");
    QTest::newRow("204") << 204;
    QTest::newRow("304") << 304;
}

void TestHttpResponseWriter::noBodyFor204And304()
{
    QFETCH(int, status);
    EngineResponse response = EngineResponse::empty(status);
    response.body = "ignored";
    const QByteArray wire = HttpResponseWriter::serialize(response, false);
    QVERIFY(wire.endsWith("Connection: close\r\n\r\n"));
    QVERIFY(!wire.contains("Content-Length"));
}

void TestHttpResponseWriter::headerInjectionIsDropped()
{
    EngineResponse response = EngineResponse::empty(200);
    response.headers.append({QByteArray("X-Evil"), QByteArray("a\r\nSet-Cookie: x=1")});
    response.headers.append({QByteArray("X-Bad: name"), QByteArray("v")});
    const QByteArray wire = HttpResponseWriter::serialize(response, true);
    QVERIFY(!wire.contains("Set-Cookie"));
    QVERIFY(!wire.contains("X-Evil"));
    QVERIFY(!wire.contains("X-Bad"));
    QVERIFY(wire.contains("Content-Length: 0\r\n"));
}

void TestHttpResponseWriter::errorShape()
{
    const EngineResponse response = HttpResponseWriter::error(413, u"too big"_s);
    QCOMPARE(response.status, 413);
    const QJsonObject body = response.jsonBody();
    QCOMPARE(body.value(u"statusCode"_s).toInt(), 413);
    QCOMPARE(body.value(u"body"_s).toObject().value(u"status"_s).toString(), u"ERROR"_s);
    QCOMPARE(body.value(u"body"_s).toObject().value(u"message"_s).toString(), u"too big"_s);
    const EngineResponse later = HttpResponseWriter::retryLater(429, u"slow down"_s, 7);
    QCOMPARE(later.header("Retry-After"), "7");
    QCOMPARE(later.jsonBody().value(u"message"_s).toString(), u"slow down"_s);
}

QTEST_GUILESS_MAIN(TestHttpResponseWriter)
#include "tst_HttpResponseWriter.moc"
