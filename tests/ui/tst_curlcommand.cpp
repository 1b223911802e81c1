// CurlCommand both ways: what curl users paste (quoting, continuations,
// the data options, --json, -G), a clear error naming an option it does not
// know, and a rendered request read back to the same request, its act-as a
// shell variable and never a secret.
#include "server/CurlCommand.h"

#include <QJsonDocument>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace gatehouse;

class tst_CurlCommand : public QObject
{
    Q_OBJECT

private slots:
    void splitsQuotesAndContinuations();
    void splitsAnUnclosedQuoteIsAnError();
    void readsMethodHeadersAndBody();
    void readsTheUrlsQuery();
    void theDataOptionsAllGiveTheBody();
    void dataWithoutAMethodIsAPost();
    void jsonSetsTheBody();
    void getMovesTheDataIntoTheQuery();
    void theAuthorizationIsKeptApartFromTheHeaders();
    void unknownOptionsAreNamed();
    void notCurlIsRefused();
    void noUrlIsRefused();
    void renderedReadsBackTheSame();
    void renderedHasAVariableNotASecret();
    void renderedQuotesASingleQuote();
};

void tst_CurlCommand::splitsQuotesAndContinuations()
{
    const auto words =
        CurlCommand::split(u"curl 'a b' \"c \\\"d\\\" $e\" f\\ g \\\n  -X  POST 'it'\\''s'"_s);
    QVERIFY2(words, qPrintable(words.errorMessage()));
    QCOMPARE(words.value(), (QStringList{u"curl"_s, u"a b"_s, u"c \"d\" $e"_s, u"f g"_s, u"-X"_s,
                                         u"POST"_s, u"it's"_s}));
}

void tst_CurlCommand::splitsAnUnclosedQuoteIsAnError()
{
    const auto words = CurlCommand::split(u"curl 'http://x"_s);
    QVERIFY(!words);
    QVERIFY(words.errorMessage().contains(u"single quote"_s));
}

void tst_CurlCommand::readsMethodHeadersAndBody()
{
    const auto parsed =
        CurlCommand::parse(u"curl -X PATCH http://127.0.0.1:8080/api/1.1/obj/order/12 \\\n"
                           "  -H 'Accept: text/plain' -H 'X-Trace:  on ' -d '{\"total\": 3}'"_s);
    QVERIFY2(parsed, qPrintable(parsed.errorMessage()));
    const RequestDraft &draft = parsed->draft;
    QCOMPARE(draft.method, QByteArray("PATCH"));
    QCOMPARE(draft.path, u"/api/1.1/obj/order/12"_s);
    QCOMPARE(draft.headersText(), u"Accept: text/plain\nX-Trace: on"_s);
    QCOMPARE(draft.bodyText, u"{\"total\": 3}"_s);
    QCOMPARE(draft.body.value(u"total"_s).toInt(), 3);
}

void tst_CurlCommand::readsTheUrlsQuery()
{
    const auto parsed = CurlCommand::parse(u"curl \"http://h/api/1.1/wf/find?name=a%20b&n=2\""_s);
    QVERIFY2(parsed, qPrintable(parsed.errorMessage()));
    QCOMPARE(parsed->draft.method, QByteArray("GET"));
    QCOMPARE(parsed->draft.path, u"/api/1.1/wf/find"_s);
    QCOMPARE(parsed->draft.queryText(), u"name=a%20b&n=2"_s);
    QVERIFY(parsed->draft.usesQuery);
}

void tst_CurlCommand::theDataOptionsAllGiveTheBody()
{
    for (const QString &option :
         {u"-d"_s, u"--data"_s, u"--data-raw"_s, u"--data-binary"_s, u"--data-ascii"_s}) {
        const auto parsed = CurlCommand::parse(u"curl -X PUT http://h/x %1 'a=1'"_s.arg(option));
        QVERIFY2(parsed, qPrintable(parsed.errorMessage()));
        QCOMPARE(parsed->draft.bodyText, u"a=1"_s);
    }
    const auto attached = CurlCommand::parse(u"curl -XPOST http://h/x -d'a=1' -d b=2"_s);
    QVERIFY2(attached, qPrintable(attached.errorMessage()));
    QCOMPARE(attached->draft.method, QByteArray("POST"));
    QCOMPARE(attached->draft.bodyText, u"a=1&b=2"_s);
}

void tst_CurlCommand::dataWithoutAMethodIsAPost()
{
    const auto parsed = CurlCommand::parse(u"curl -sS http://h/x --data '{}'"_s);
    QVERIFY2(parsed, qPrintable(parsed.errorMessage()));
    QCOMPARE(parsed->draft.method, QByteArray("POST"));
}

void tst_CurlCommand::jsonSetsTheBody()
{
    const auto parsed = CurlCommand::parse(
        u"curl --json '{\"email\":\"bob@example.com\"}' http://h/api/1.1/wf/signup"_s);
    QVERIFY2(parsed, qPrintable(parsed->draft.bodyText));
    QCOMPARE(parsed->draft.method, QByteArray("POST"));
    QCOMPARE(parsed->draft.body.value(u"email"_s).toString(), u"bob@example.com"_s);
    QVERIFY(parsed->draft.headers.isEmpty());
}

void tst_CurlCommand::getMovesTheDataIntoTheQuery()
{
    const auto parsed = CurlCommand::parse(u"curl -G http://h/x?a=1 -d b=2 --data 'c=x%20y'"_s);
    QVERIFY2(parsed, qPrintable(parsed.errorMessage()));
    QCOMPARE(parsed->draft.method, QByteArray("GET"));
    QCOMPARE(parsed->draft.queryText(), u"a=1&b=2&c=x%20y"_s);
    QVERIFY(parsed->draft.bodyText.isEmpty());
}

void tst_CurlCommand::theAuthorizationIsKeptApartFromTheHeaders()
{
    const auto parsed = CurlCommand::parse(
        u"curl http://h/x -H 'authorization: Bearer abc' -H 'Content-Type: application/json'"_s);
    QVERIFY2(parsed, qPrintable(parsed.errorMessage()));
    QCOMPARE(parsed->authorization, u"Bearer abc"_s);
    QVERIFY(parsed->draft.headers.isEmpty());
    QVERIFY(!parsed->draft.headersText().contains(u"abc"_s));
}

void tst_CurlCommand::unknownOptionsAreNamed()
{
    const auto parsed = CurlCommand::parse(u"curl -u bob:secret --cookie a=b -s http://h/x"_s);
    QVERIFY(!parsed);
    QVERIFY2(parsed.errorMessage().contains(u"-u, --cookie"_s), qPrintable(parsed.errorMessage()));
    const auto missing = CurlCommand::parse(u"curl http://h/x -H"_s);
    QVERIFY(!missing);
    QVERIFY(missing.errorMessage().contains(u"-H needs a value"_s));
}

void tst_CurlCommand::notCurlIsRefused()
{
    QVERIFY(!CurlCommand::parse(u"wget http://h/x"_s));
    QVERIFY(!CurlCommand::parse(QString()));
}

void tst_CurlCommand::noUrlIsRefused()
{
    const auto parsed = CurlCommand::parse(u"curl -X POST"_s);
    QVERIFY(!parsed);
    QVERIFY(parsed.errorMessage().contains(u"no URL"_s));
}

void tst_CurlCommand::renderedReadsBackTheSame()
{
    RequestDraft draft;
    draft.method = "POST";
    draft.path = u"/api/1.1/wf/place_order"_s;
    draft.query = {{u"note"_s, u"it's a b&c"_s}};
    draft.body = QJsonObject{{u"total"_s, 12}, {u"item"_s, u"tea \"green\""_s}};
    draft.headers = {{u"X-Trace"_s, u"on"_s}};
    const QString command = CurlCommand::render(draft, u"http://127.0.0.1:8080"_s, QString());
    QVERIFY(command.contains(u" \\\n  "_s));
    const auto parsed = CurlCommand::parse(command);
    QVERIFY2(parsed, qPrintable(parsed.errorMessage() + u'\n' + command));
    QCOMPARE(parsed->draft.method, draft.method);
    QCOMPARE(parsed->draft.path, draft.path);
    QCOMPARE(parsed->draft.query, draft.query);
    QCOMPARE(parsed->draft.body, draft.body);
    QCOMPARE(parsed->draft.headers, draft.headers);
    QVERIFY(parsed->authorization.isEmpty());
}

void tst_CurlCommand::renderedHasAVariableNotASecret()
{
    RequestDraft draft;
    draft.method = "GET";
    draft.path = u"/api/1.1/obj/order"_s;
    const QString command =
        CurlCommand::render(draft, u"http://127.0.0.1:8080"_s, u"user_bob_example_com"_s);
    QVERIFY(command.contains(u"-H \"Authorization: Bearer $user_bob_example_com\""_s));
    const auto parsed = CurlCommand::parse(command);
    QVERIFY2(parsed, qPrintable(parsed.errorMessage()));
    QCOMPARE(parsed->authorization, u"Bearer $user_bob_example_com"_s);
    QVERIFY(!command.contains(u"--data"_s));
}

void tst_CurlCommand::renderedQuotesASingleQuote()
{
    QCOMPARE(CurlCommand::quoted(u"it's"_s), u"'it'\\''s'"_s);
}

QTEST_GUILESS_MAIN(tst_CurlCommand)
#include "tst_curlcommand.moc"
