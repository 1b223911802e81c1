#include "server/HttpRequestParser.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace gatehouse;

namespace {
const QByteArray chunkedRequest = "POST /api/1.1/wf/echo?a=1&b=x+y HTTP/1.1\r\n"
                                  "Host: localhost\r\n"
                                  "X-Mixed-Case: Value\r\n"
                                  "Transfer-Encoding: chunked\r\n"
                                  "Content-Type: application/json\r\n"
                                  "\r\n"
                                  "5;ext=1\r\n{\"a\":\r\n"
                                  "A\r\n 1, \"b\": 2\r\n"
                                  "1\r\n}\r\n"
                                  "0\r\n"
                                  "\r\n";

struct Outcome
{
    QList<ParsedRequest> requests;
    int errorStatus = 0;
};

// Feeds `pieces` in order, taking every request that completes.
Outcome parsePieces(const QList<QByteArray> &pieces, const ServerLimits &limits = {})
{
    HttpRequestParser parser(limits);
    Outcome outcome;
    QByteArray buffer;
    for (const QByteArray &piece : pieces) {
        buffer += piece;
        for (;;) {
            const auto progress = parser.feed(buffer);
            if (progress == HttpRequestParser::Progress::Failed) {
                outcome.errorStatus = parser.errorStatus();
                return outcome;
            }
            if (progress == HttpRequestParser::Progress::NeedMore)
                break;
            outcome.requests.append(parser.take());
        }
    }
    return outcome;
}

void compareRequests(const ParsedRequest &actual, const ParsedRequest &expected)
{
    QCOMPARE(actual.method, expected.method);
    QCOMPARE(actual.target, expected.target);
    QCOMPARE(actual.headers, expected.headers);
    QCOMPARE(actual.body, expected.body);
    QCOMPARE(actual.keepAlive, expected.keepAlive);
}
} // namespace

class TestHttpRequestParser : public QObject
{
    Q_OBJECT

private slots:
    void parsesChunkedRequest();
    void splitAtEveryBoundary();
    void oneByteAtATime();
    void pipelinedRequests();
    void keepAliveRules_data();
    void keepAliveRules();
    void errors_data();
    void errors();
    void longUrlIsRefusedBeforeTheLineEnds();
    void declaredBodyOverLimitIsRefusedAtTheHeader();
    void obsFoldIsRefusedHoweverItIsSplit();
    void trailerFieldsAreDropped();
};

void TestHttpRequestParser::parsesChunkedRequest()
{
    const Outcome outcome = parsePieces({chunkedRequest});
    QCOMPARE(outcome.errorStatus, 0);
    QCOMPARE(outcome.requests.size(), 1);
    const ParsedRequest &request = outcome.requests.first();
    QCOMPARE(request.method, "POST");
    QCOMPARE(request.target, "/api/1.1/wf/echo?a=1&b=x+y");
    QCOMPARE(request.body, "{\"a\": 1, \"b\": 2}");
    QCOMPARE(request.headers.size(), 4);
    QCOMPARE(request.headers.at(1).first, "X-Mixed-Case");
    QCOMPARE(request.headers.at(1).second, "Value");
    QVERIFY(request.keepAlive);
}

void TestHttpRequestParser::splitAtEveryBoundary()
{
    const ParsedRequest expected = parsePieces({chunkedRequest}).requests.value(0);
    for (qsizetype split = 1; split < chunkedRequest.size(); ++split) {
        const Outcome outcome =
            parsePieces({chunkedRequest.left(split), chunkedRequest.mid(split)});
        QVERIFY2(outcome.requests.size() == 1, qPrintable(u"split at %1"_s.arg(split)));
        compareRequests(outcome.requests.first(), expected);
    }
}

void TestHttpRequestParser::oneByteAtATime()
{
    const ParsedRequest expected = parsePieces({chunkedRequest}).requests.value(0);
    QList<QByteArray> bytes;
    for (char c : chunkedRequest)
        bytes.append(QByteArray(1, c));
    const Outcome outcome = parsePieces(bytes);
    QCOMPARE(outcome.requests.size(), 1);
    compareRequests(outcome.requests.first(), expected);
}

void TestHttpRequestParser::pipelinedRequests()
{
    const QByteArray second = "GET /second HTTP/1.1\r\nHost: x\r\n\r\n";
    const Outcome outcome = parsePieces({chunkedRequest + "\r\n" + second + second});
    QCOMPARE(outcome.requests.size(), 3);
    QCOMPARE(outcome.requests.at(1).target, "/second");
    QCOMPARE(outcome.requests.at(2).body, QByteArray());
}

void TestHttpRequestParser::keepAliveRules_data()
{
    QTest::addColumn<QByteArray>("raw");
    QTest::addColumn<bool>("keepAlive");
    QTest::newRow("1.1 default") << QByteArray("GET / HTTP/1.1\r\nHost: localhost\r\n\r\n") << true;
    QTest::newRow("1.1 close")
        << QByteArray("GET / HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n") << false;
    QTest::newRow("1.0 default") << QByteArray("GET / HTTP/1.0\r\n\r\n") << false;
    QTest::newRow("1.0 keep-alive")
        << QByteArray("GET / HTTP/1.0\r\nConnection: keep-alive\r\n\r\n") << true;
}

void TestHttpRequestParser::keepAliveRules()
{
    QFETCH(QByteArray, raw);
    QFETCH(bool, keepAlive);
    const Outcome outcome = parsePieces({raw});
    QCOMPARE(outcome.requests.size(), 1);
    QCOMPARE(outcome.requests.first().keepAlive, keepAlive);
}

void TestHttpRequestParser::errors_data()
{
    QTest::addColumn<QByteArray>("raw");
    QTest::addColumn<int>("status");
    const QByteArray manyHeaders = [] {
        QByteArray raw = "GET / HTTP/1.1\r\n";
        for (int i = 0; i < 101; ++i)
            raw += "X-H" + QByteArray::number(i) + ": v\r\n";
        return raw + "\r\n";
    }();
    QTest::newRow("bad request line") << QByteArray("GARBAGE\r\n\r\n") << 400;
    QTest::newRow("bad method char")
        << QByteArray("G(T / HTTP/1.1\r\nHost: localhost\r\n\r\n") << 400;
    QTest::newRow("bad version") << QByteArray("GET / HTTP/2.0\r\n\r\n") << 400;
    QTest::newRow("bad field") << QByteArray(
                                      "GET / HTTP/1.1\r\nHost: localhost\r\nBad Field: x\r\n\r\n")
                               << 400;
    QTest::newRow("bad content length")
        << QByteArray("POST / HTTP/1.1\r\nHost: localhost\r\nContent-Length: abc\r\n\r\n") << 400;
    QTest::newRow("two content lengths")
        << QByteArray("POST / HTTP/1.1\r\nHost: localhost\r\nContent-Length: 1\r\nContent-Length: "
                      "2\r\n\r\nab")
        << 400;
    QTest::newRow("length and chunked")
        << QByteArray(
               "POST / HTTP/1.1\r\nHost: localhost\r\nContent-Length: 3\r\nTransfer-Encoding: "
               "chunked\r\n\r\n0\r\n\r\n")
        << 400;
    QTest::newRow("bad chunk size")
        << QByteArray(
               "POST / HTTP/1.1\r\nHost: localhost\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n")
        << 400;
    QTest::newRow("too many headers") << manyHeaders << 431;
    QTest::newRow("header too large")
        << QByteArray("GET / HTTP/1.1\r\nHost: localhost\r\nX-Big: " + QByteArray(9000, 'a') +
                      "\r\n\r\n")
        << 431;
    QTest::newRow("url too long") << QByteArray("GET /" + QByteArray(9000, 'a') +
                                                " HTTP/1.1\r\nHost: localhost\r\n\r\n")
                                  << 414;
    QTest::newRow("chunked body too large")
        << QByteArray("POST / HTTP/1.1\r\nHost: localhost\r\nTransfer-Encoding: chunked\r\n\r\n"
                      "A00001\r\n")
        << 413;
    QTest::newRow("gzip") << QByteArray(
                                 "POST / HTTP/1.1\r\nHost: h\r\nTransfer-Encoding: gzip\r\n\r\n")
                          << 400;
    QTest::newRow("TE on 1.0")
        << QByteArray("POST / HTTP/1.0\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n") << 400;
    QTest::newRow("no Host") << QByteArray("GET / HTTP/1.1\r\n\r\n") << 400;
    QTest::newRow("obs-fold") << QByteArray("GET / HTTP/1.1\r\nHost: h\r\nX: a\r\n b\r\n\r\n")
                              << 400;
}

void TestHttpRequestParser::obsFoldIsRefusedHoweverItIsSplit()
{
    const QByteArray folded = "GET / HTTP/1.1\r\nHost: h\r\nX-A: 1\r\nX-B: a\r\n\tb\r\n\r\n";
    for (qsizetype split = 1; split < folded.size(); ++split) {
        const Outcome outcome = parsePieces({folded.left(split), folded.mid(split)});
        QVERIFY2(outcome.errorStatus == 400, qPrintable(u"split at %1"_s.arg(split)));
    }
}

void TestHttpRequestParser::trailerFieldsAreDropped()
{
    const Outcome outcome =
        parsePieces({"POST / HTTP/1.1\r\nHost: h\r\nTransfer-Encoding: chunked\r\n\r\n"
                     "1\r\nx\r\n0\r\nAuthorization: Bearer t\r\n\r\n"});
    QCOMPARE(outcome.requests.size(), 1);
    QCOMPARE(outcome.requests.first().headers.size(), 2);
    QCOMPARE(outcome.requests.first().body, "x");
}

void TestHttpRequestParser::errors()
{
    QFETCH(QByteArray, raw);
    QFETCH(int, status);
    const Outcome outcome = parsePieces({raw});
    QCOMPARE(outcome.errorStatus, status);
    QVERIFY(outcome.requests.isEmpty());
}

void TestHttpRequestParser::longUrlIsRefusedBeforeTheLineEnds()
{
    ServerLimits limits;
    limits.maxUrlLength = 100;
    const Outcome outcome = parsePieces({"GET /" + QByteArray(200, 'a')}, limits);
    QCOMPARE(outcome.errorStatus, 414);
}

void TestHttpRequestParser::declaredBodyOverLimitIsRefusedAtTheHeader()
{
    ServerLimits limits;
    limits.maxBodyBytes = 1000;
    const Outcome outcome =
        parsePieces({"POST / HTTP/1.1\r\nHost: localhost\r\nContent-Length: 1001\r\n\r\n"}, limits);
    QCOMPARE(outcome.errorStatus, 413);
    const Outcome atLimit =
        parsePieces({"POST / HTTP/1.1\r\nHost: localhost\r\nContent-Length: 1000\r\n\r\n" +
                     QByteArray(1000, 'x')},
                    limits);
    QCOMPARE(atLimit.errorStatus, 0);
    QCOMPARE(atLimit.requests.value(0).body.size(), 1000);
}

QTEST_GUILESS_MAIN(TestHttpRequestParser)
#include "tst_HttpRequestParser.moc"
