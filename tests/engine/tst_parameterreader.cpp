#include "engine/ParameterReader.h"

#include "model/DemoProject.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace gatehouse;

namespace {
Workflow typedWorkflow(ParameterSource source)
{
    Workflow w;
    w.name = u"typed"_s;
    w.parameterSource = source;
    w.parameters = {Parameter{u"text"_s, FieldType::text(), true},
                    Parameter{u"number"_s, FieldType::number(), true},
                    Parameter{u"flag"_s, FieldType::yesNo(), true},
                    Parameter{u"when"_s, FieldType::date(), true},
                    Parameter{u"tags"_s, FieldType{FieldKind::Text, {}, true}, true}};
    return w;
}
} // namespace

class tst_ParameterReader : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        auto demo = DemoProject::build();
        QVERIFY(demo.ok());
        m_createTransaction = *demo->findWorkflow(u"create_transaction"_s);
        m_issueToken = *demo->findWorkflow(u"issue_token"_s);
    }

    // The seed scenario's 400: parameters sent in the querystring to a
    // workflow that reads the body.
    void querystringToBodyWorkflowNamesTheFirstMissingParameter()
    {
        const EngineRequest request = EngineRequest::make(
            "POST", u"/api/1.1/wf/create_transaction?account=A1&phone=555&amount=5"_s);
        Trace trace;
        const auto outcome = ParameterReader::read(m_createTransaction, request, trace);
        QVERIFY(std::holds_alternative<EngineResponse>(outcome));
        const EngineResponse &response = std::get<EngineResponse>(outcome);
        QCOMPARE(response.status, 400);
        const QJsonObject body = response.jsonBody();
        QCOMPARE(body.value(u"statusCode"_s).toInt(), 400);
        QCOMPARE(body.value(u"body"_s)[u"status"_s].toString(), u"MISSING_DATA"_s);
        QCOMPARE(body.value(u"body"_s)[u"message"_s].toString(),
                 u"Missing parameter for workflow create_transaction: parameter account"_s);
        QCOMPARE(trace.decidingStep()->stage, TraceStep::Stage::Parameters);
    }

    void body_data()
    {
        QTest::addColumn<QByteArray>("contentType");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("error");    // empty: accepted
        QTest::addColumn<QString>("expected"); // compact JSON of the parameters read
        QTest::newRow("json") << QByteArray("application/json")
                              << QByteArray(R"({"account":"A1","phone":"555","amount":12.5})")
                              << QString() << uR"({"account":"A1","amount":12.5,"phone":"555"})"_s;
        QTest::newRow("json with charset")
            << QByteArray("application/json; charset=utf-8")
            << QByteArray(R"({"account":"A1","phone":"555","amount":1})") << QString()
            << uR"({"account":"A1","amount":1,"phone":"555"})"_s;
        QTest::newRow("no content type is json")
            << QByteArray() << QByteArray(R"({"account":"A1","phone":"555","amount":1})")
            << QString() << uR"({"account":"A1","amount":1,"phone":"555"})"_s;
        QTest::newRow("form") << QByteArray("application/x-www-form-urlencoded")
                              << QByteArray("account=A+1&phone=%2B1&amount=7") << QString()
                              << uR"({"account":"A 1","amount":7,"phone":"+1"})"_s;
        QTest::newRow("extra keys ignored")
            << QByteArray("application/json")
            << QByteArray(R"({"account":"A","phone":"p","amount":1,"x":2})") << QString()
            << uR"({"account":"A","amount":1,"phone":"p"})"_s;
        QTest::newRow("number as string")
            << QByteArray("application/json")
            << QByteArray(R"({"account":"A","phone":"p","amount":"3"})") << QString()
            << uR"({"account":"A","amount":3,"phone":"p"})"_s;
        QTest::newRow("missing amount")
            << QByteArray("application/json") << QByteArray(R"({"account":"A","phone":"p"})")
            << u"Missing parameter for workflow create_transaction: parameter amount"_s
            << QString();
        QTest::newRow("null is missing") << QByteArray("application/json")
                                         << QByteArray(R"({"account":null,"phone":"p","amount":1})")
                                         << u"parameter account"_s << QString();
        QTest::newRow("text given a number")
            << QByteArray("application/json")
            << QByteArray(R"({"account":5,"phone":"p","amount":1})")
            << u"Invalid data for key account: Expected a string, but got a number"_s << QString();
        QTest::newRow("number given an object")
            << QByteArray("application/json")
            << QByteArray(R"({"account":"A","phone":"p","amount":{}})")
            << u"Invalid data for key amount: Expected a number, but got a object"_s << QString();
        QTest::newRow("number given words")
            << QByteArray("application/json")
            << QByteArray(R"({"account":"A","phone":"p","amount":"ten"})")
            << u"Expected a number, but got a string"_s << QString();
        QTest::newRow("bad json") << QByteArray("application/json") << QByteArray("{\"account\":")
                                  << u"Invalid JSON body"_s << QString();
        QTest::newRow("json array") << QByteArray("application/json") << QByteArray("[1]")
                                    << u"Invalid JSON body: expected an object"_s << QString();
        QTest::newRow("xml") << QByteArray("application/xml") << QByteArray("<a/>")
                             << u"Unsupported content type application/xml"_s << QString();
    }

    void body()
    {
        QFETCH(QByteArray, contentType);
        QFETCH(QByteArray, body);
        QFETCH(QString, error);
        QFETCH(QString, expected);
        HeaderList headers;
        if (!contentType.isEmpty())
            headers.append({"Content-Type", contentType});
        const EngineRequest request =
            EngineRequest::make("POST", u"/api/1.1/wf/create_transaction"_s, body, headers);
        Trace trace;
        const auto outcome = ParameterReader::read(m_createTransaction, request, trace);
        if (error.isEmpty()) {
            const auto *refusal = std::get_if<EngineResponse>(&outcome);
            QVERIFY2(!refusal, refusal ? refusal->body.constData() : "");
            QCOMPARE(
                QString::fromUtf8(
                    QJsonDocument(std::get<QJsonObject>(outcome)).toJson(QJsonDocument::Compact)),
                expected);
            QCOMPARE(trace.steps().last().verdict, TraceStep::Verdict::Passed);
        } else {
            QVERIFY(std::holds_alternative<EngineResponse>(outcome));
            const EngineResponse &response = std::get<EngineResponse>(outcome);
            QCOMPARE(response.status, 400);
            const QString message = response.jsonBody()[u"body"_s][u"message"_s].toString();
            QVERIFY2(message.contains(error), qPrintable(message));
            QCOMPARE(trace.steps().last().verdict, TraceStep::Verdict::Refused);
        }
    }

    void optionalParameterMayBeLeftOut()
    {
        const EngineRequest request = EngineRequest::make(
            "POST", u"/api/1.1/wf/issue_token"_s, R"({"email":"alice@example.com","password":"x"})",
            {{"Content-Type", "application/json"}});
        Trace trace;
        const auto outcome = ParameterReader::read(m_issueToken, request, trace);
        QVERIFY(std::holds_alternative<QJsonObject>(outcome));
        QVERIFY(!std::get<QJsonObject>(outcome).contains(u"stay_logged_in"_s));
    }

    void querystringConversion_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QString>("expected");
        QTest::newRow("number") << u"number=4.5"_s << uR"({"number":4.5})"_s;
        QTest::newRow("yes") << u"flag=yes"_s << uR"({"flag":true})"_s;
        QTest::newRow("false") << u"flag=false"_s << uR"({"flag":false})"_s;
        QTest::newRow("bad flag")
            << u"flag=maybe"_s
            << u"Invalid data for key flag: Expected a boolean, but got a string"_s;
        QTest::newRow("date") << u"when=2026-01-05T09:00:00Z"_s
                              << uR"({"when":"2026-01-05T09:00:00.000Z"})"_s;
        QTest::newRow("bad date") << u"when=yesterday"_s << u"Expected a date"_s;
        QTest::newRow("repeated key is a list") << u"tags=a&tags=b"_s << uR"({"tags":["a","b"]})"_s;
        QTest::newRow("single list item") << u"tags=a"_s << uR"({"tags":["a"]})"_s;
        QTest::newRow("repeated scalar refused")
            << u"text=a&text=b"_s << u"Expected a string, but got a list"_s;
        QTest::newRow("api_token is not a parameter")
            << u"api_token=x&text=t"_s << uR"({"text":"t"})"_s;
        QTest::newRow("infinite number") << u"number=inf"_s << u"Expected a number"_s;
    }

    void querystringConversion()
    {
        QFETCH(QString, query);
        QFETCH(QString, expected);
        const EngineRequest request = EngineRequest::make("GET", u"/api/1.1/wf/typed?"_s + query);
        Trace trace;
        const auto outcome =
            ParameterReader::read(typedWorkflow(ParameterSource::Querystring), request, trace);
        if (auto *values = std::get_if<QJsonObject>(&outcome)) {
            QCOMPARE(QString::fromUtf8(QJsonDocument(*values).toJson(QJsonDocument::Compact)),
                     expected);
        } else {
            const QString message =
                std::get<EngineResponse>(outcome).jsonBody()[u"body"_s][u"message"_s].toString();
            QVERIFY2(message.contains(expected), qPrintable(message));
        }
    }

private:
    Workflow m_createTransaction;
    Workflow m_issueToken;
};

QTEST_GUILESS_MAIN(tst_ParameterReader)
#include "tst_parameterreader.moc"
