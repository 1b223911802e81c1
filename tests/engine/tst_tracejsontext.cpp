// The request log writes each trace as JSON text straight into bytes
// (TraceJsonText) instead of through QJsonObject; what it writes must read
// back as exactly the array Trace::toJson() builds, for the demo's real
// traces and for text that needs escaping.
#include "EngineFixture.h"

#include "engine/TraceJsonText.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace gatehouse;

using Stage = TraceStep::Stage;
using Verdict = TraceStep::Verdict;

class TestTraceJsonText : public QObject
{
    Q_OBJECT

    static void readsBackAsToJson(const Trace &trace)
    {
        const QByteArray text = TraceJsonText::of(trace);
        QJsonParseError error;
        const QJsonDocument parsed = QJsonDocument::fromJson(text, &error);
        QVERIFY2(error.error == QJsonParseError::NoError,
                 qPrintable(error.errorString() + u": "_s + QString::fromUtf8(text)));
        QVERIFY(parsed.isArray());
        QCOMPARE(parsed.array(), trace.toJson());
    }

private slots:
    void anEmptyTraceIsAnEmptyArray() { QCOMPARE(TraceJsonText::of(Trace{}), QByteArray("[]")); }

    void theDemosTracesReadBack_data()
    {
        QTest::addColumn<QString>("caller");
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<QString>("target");
        QTest::addColumn<QByteArray>("body");
        QTest::newRow("ping") << u"anonymous"_s << QByteArray("POST")
                              << u"/api/1.1/wf/public_ping"_s << QByteArray();
        QTest::newRow("write as alice")
            << u"alice"_s << QByteArray("POST") << u"/api/1.1/wf/create_transaction"_s
            << QByteArray(R"({"account":"ACC-7","phone":"+1 555 0107","amount":25})");
        QTest::newRow("missing parameter")
            << u"alice"_s << QByteArray("POST") << u"/api/1.1/wf/create_transaction"_s
            << QByteArray(R"({"account":"ACC-7"})");
        QTest::newRow("data list as bob")
            << u"bob"_s << QByteArray("GET") << u"/api/1.1/obj/transaction"_s << QByteArray();
        QTest::newRow("unknown workflow")
            << u"anonymous"_s << QByteArray("POST") << u"/api/1.1/wf/no_such"_s << QByteArray();
        QTest::newRow("malformed token") << u"malformed"_s << QByteArray("POST")
                                         << u"/api/1.1/wf/create_transaction"_s << QByteArray();
    }

    void theDemosTracesReadBack()
    {
        QFETCH(QString, caller);
        QFETCH(QByteArray, method);
        QFETCH(QString, target);
        QFETCH(QByteArray, body);
        EngineFixture fixture;
        QVERIFY(fixture.build());
        const EngineResponse response = fixture.call(caller, method, target, body);
        QVERIFY(!response.trace.steps().isEmpty());
        readsBackAsToJson(response.trace);
    }

    void textThatNeedsEscapingReadsBack()
    {
        Trace trace;
        trace.add(Stage::Route, Verdict::Passed, u"quote \" and backslash \\ and slash /"_s,
                  u"tab\there, newline\nthere, return\r, \b\f"_s);
        trace.add(Stage::Authenticate, Verdict::Refused,
                  QString(QChar(0x01)) + u"control "_s + QString(QChar(0x1f)) +
                      QString(QChar(0x7f)),
                  u"ünïcødé, 漢字, emoji \U0001F510, line sep \u2028"_s,
                  TraceRef::rule(u"Trans\"action"_s, u"rule \\ one"_s));
        trace.add(Stage::Action, Verdict::Failed, {}, {}, TraceRef::type(u"Type"_s));
        TraceRef stepRef = TraceRef::type(u"T"_s);
        stepRef.kind = TraceRef::Kind::Step;
        stepRef.workflow = u"wf"_s;
        stepRef.step = 0;
        trace.add(Stage::Condition, Verdict::Skipped, u"step zero"_s, u"s"_s, stepRef);
        stepRef.step = 12;
        stepRef.dataType.clear();
        trace.add(Stage::Response, Verdict::Passed, u"step twelve"_s, u"s"_s, stepRef);
        readsBackAsToJson(trace);
    }

    void aLoneSurrogateIsWrittenAsTheReplacementCharacter()
    {
        Trace trace;
        trace.add(Stage::Route, Verdict::Passed,
                  u"high "_s + QChar(0xd83d) + u" low "_s + QChar(0xdd10) + u" end"_s);
        const QJsonDocument parsed = QJsonDocument::fromJson(TraceJsonText::of(trace));
        QVERIFY(parsed.isArray());
        QCOMPARE(parsed.array().at(0).toObject().value(u"reason"_s).toString(),
                 u"high \uFFFD low \uFFFD end"_s);
    }
};

QTEST_GUILESS_MAIN(TestTraceJsonText)
#include "tst_tracejsontext.moc"
