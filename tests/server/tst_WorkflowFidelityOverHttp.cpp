#include "FidelityServer.h"

using namespace Qt::Literals::StringLiterals;
using namespace gatehouse;

namespace {
Action step(ActionKind kind, QList<Assignment> assignments)
{
    Action action;
    action.kind = kind;
    action.assignments = std::move(assignments);
    return action;
}

// An exposed, None-required workflow that returns its one parameter.
Workflow echo(const QString &name, const FieldType &type)
{
    Workflow workflow;
    workflow.name = name;
    workflow.authentication = AuthMode::NoneRequired;
    workflow.parameters = {Parameter{u"v"_s, type}};
    workflow.actions = {step(ActionKind::ReturnData, {{u"v"_s, u"v"_s}})};
    return workflow;
}

Workflow mailer(const QString &name, ParameterSource source)
{
    Workflow workflow;
    workflow.name = name;
    workflow.exposed = false;
    workflow.parameterSource = source;
    workflow.parameters = {Parameter{u"subject"_s, FieldType::text(), true}};
    workflow.actions = {step(ActionKind::SendEmail,
                             {{u"to"_s, u"\"x@example.com\""_s}, {u"subject"_s, u"subject"_s}})};
    return workflow;
}

Workflow scheduler(const QString &name, const QString &target, QList<Assignment> parameters,
                   const QString &when = {})
{
    Workflow workflow;
    workflow.name = name;
    workflow.authentication = AuthMode::NoneRequired;
    if (!when.isEmpty())
        workflow.parameters = {Parameter{u"at"_s, FieldType::date()}};
    Action schedule = step(ActionKind::ScheduleWorkflow, std::move(parameters));
    schedule.workflow = target;
    schedule.target = when;
    workflow.actions = {schedule};
    return workflow;
}

qint64 ms(const QString &iso)
{
    return QDateTime::fromString(iso, Qt::ISODateWithMs).toMSecsSinceEpoch();
}
} // namespace

// Workflow API behaviours as Bubble has them (shared/reference/bubble-api.md
// §3.2, §3.3, §7), over the real server.
class tst_WorkflowFidelityOverHttp : public QObject
{
    Q_OBJECT

private slots:
    void cleanup() { m_server.server.reset(); }

    // Bubble's text forms besides ISO 8601 and epoch milliseconds; Return
    // data gives a date back as epoch milliseconds (observed, §3.3).
    void dateParameterAcceptsBubblesForms_data()
    {
        QTest::addColumn<QByteArray>("value");
        QTest::addColumn<qint64>("expected");
        const qint64 midnight = ms(u"2016-01-13T00:00:00.000Z"_s);
        QTest::newRow("day") << QByteArray("\"Wed Jan 13 2016\"") << midnight;
        QTest::newRow("US date") << QByteArray("\"01/13/2016\"") << midnight;
        QTest::newRow("JavaScript date")
            << QByteArray("\"Wed Jan 13 2016 16:45:09 GMT-0500 (EST)\"")
            << ms(u"2016-01-13T21:45:09.000Z"_s);
        QTest::newRow("ISO") << QByteArray("\"2016-01-13T21:45:09.517Z\"")
                             << ms(u"2016-01-13T21:45:09.517Z"_s);
        QTest::newRow("epoch ms") << QByteArray("1453398788637") << qint64(1453398788637);
    }

    void dateParameterAcceptsBubblesForms()
    {
        QFETCH(QByteArray, value);
        QFETCH(qint64, expected);
        QVERIFY(m_server.serve(
            [](Project &p) { p.workflows.append(echo(u"echo_date"_s, FieldType::date())); }));
        const auto response = m_server.post("/api/1.1/wf/echo_date", "{\"v\":" + value + "}");
        QVERIFY(response);
        QCOMPARE(response->status, 200);
        const QJsonValue returned = response->json()[u"response"_s][u"v"_s];
        QVERIFY2(returned.isDouble(), response->body.constData());
        QCOMPARE(qint64(returned.toDouble()), expected);
    }

    void dateParameterRefusesOtherText_data()
    {
        QTest::addColumn<QByteArray>("value");
        QTest::newRow("words") << QByteArray("\"next tuesday\"");
        QTest::newRow("no such month") << QByteArray("\"13/45/2016\"");
        QTest::newRow("no such day name") << QByteArray("\"Xyz Jan 13 2016\"");
    }

    void dateParameterRefusesOtherText()
    {
        QFETCH(QByteArray, value);
        QVERIFY(m_server.serve(
            [](Project &p) { p.workflows.append(echo(u"echo_date"_s, FieldType::date())); }));
        const auto response = m_server.post("/api/1.1/wf/echo_date", "{\"v\":" + value + "}");
        QVERIFY(response);
        QCOMPARE(response->status, 400);
        QCOMPARE(response->json()[u"body"_s][u"status"_s].toString(), u"INVALID_DATA"_s);
    }

    void fileParameterTakesAnUrlOrAnUpload_data()
    {
        QTest::addColumn<QByteArray>("value");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("returned"); // the start of it, or a word of the error
        QTest::newRow("url") << QByteArray("\"https://example.com/a.png\"") << 200
                             << u"https://example.com/a.png"_s;
        QTest::newRow("upload") << QByteArray("{\"filename\":\"a.txt\",\"contents\":\"aGVsbG8=\"}")
                                << 200 << u"data:"_s;
        QTest::newRow("no contents")
            << QByteArray("{\"filename\":\"a.txt\"}") << 400 << u"contents"_s;
        QTest::newRow("contents not base64")
            << QByteArray("{\"filename\":\"a.txt\",\"contents\":\"not base64!\"}") << 400
            << u"base64"_s;
        QTest::newRow("private without attach_to")
            << QByteArray("{\"filename\":\"a.txt\",\"contents\":\"aGVsbG8=\",\"private\":true}")
            << 400 << u"attach_to"_s;
        QTest::newRow("private attached")
            << QByteArray("{\"filename\":\"a.txt\",\"contents\":\"aGVsbG8=\",\"private\":true,"
                          "\"attach_to\":\"1x2\"}")
            << 200 << u"data:"_s;
        QTest::newRow("a number") << QByteArray("3") << 400 << u"file"_s;
    }

    void fileParameterTakesAnUrlOrAnUpload()
    {
        QFETCH(QByteArray, value);
        QFETCH(int, status);
        QFETCH(QString, returned);
        QVERIFY(m_server.serve(
            [](Project &p) { p.workflows.append(echo(u"echo_file"_s, FieldType::file())); }));
        const auto response = m_server.post("/api/1.1/wf/echo_file", "{\"v\":" + value + "}");
        QVERIFY(response);
        QCOMPARE(response->status, status);
        if (status == 200) {
            const QString file = response->json()[u"response"_s][u"v"_s].toString();
            QVERIFY2(file.startsWith(returned), qPrintable(file));
        } else {
            const QString message = response->json()[u"body"_s][u"message"_s].toString();
            QVERIFY2(message.contains(returned), qPrintable(message));
        }
    }

    // §3.2: Querystring parameters are not available when the workflow is
    // scheduled internally; body parameters are.
    void querystringParameterIsNotAvailableWhenScheduled()
    {
        QVERIFY(m_server.serve([](Project &p) {
            p.workflows.append(mailer(u"mail_by_query"_s, ParameterSource::Querystring));
            p.workflows.append(mailer(u"mail_by_body"_s, ParameterSource::Body));
            p.workflows.append(scheduler(u"plan_query"_s, u"mail_by_query"_s,
                                         {{u"subject"_s, u"\"from the schedule\""_s}}));
            p.workflows.append(scheduler(u"plan_body"_s, u"mail_by_body"_s,
                                         {{u"subject"_s, u"\"from the schedule\""_s}}));
        }));
        QCOMPARE(m_server.post("/api/1.1/wf/plan_query", {})->status, 200);
        QCOMPARE(m_server.post("/api/1.1/wf/plan_body", {})->status, 200);
        QTRY_COMPARE(m_server.store->outbox().value().size(), 2);
        QCOMPARE(m_server.store->outbox().value().at(0).subject, QString());
        QCOMPARE(m_server.store->outbox().value().at(1).subject, u"from the schedule"_s);
    }

    // §7: scheduling snapshots the definition; an edit made before the run
    // is due does not change what it does.
    void scheduledRunKeepsTheDefinitionItWasScheduledWith()
    {
        QVERIFY(m_server.serve([](Project &p) {
            p.workflows.append(scheduler(u"plan_recalc"_s, u"internal_recalc"_s, {}, u"at"_s));
        }));
        const QByteArray at =
            m_server.clock.now().addSecs(3600).toString(Qt::ISODateWithMs).toUtf8();
        const auto planned = m_server.post("/api/1.1/wf/plan_recalc", "{\"at\":\"" + at + "\"}",
                                           m_server.adminSecret);
        QVERIFY(planned);
        QCOMPARE(planned->status, 200);

        Project edited = m_server.project;
        Workflow &recalc = edited.workflows[edited.indexOfWorkflow(u"internal_recalc"_s)];
        recalc.actions[0].assignments = {{u"note"_s, u"\"edited after scheduling\""_s}};
        m_server.publish(edited);
        m_server.clock.advance(7200);
        QCOMPARE(m_server.post("/api/1.1/wf/public_ping", {})->status, 200);

        QTRY_COMPARE(m_server.store->scheduledRuns().value().value(0).status, u"done"_s);
        const QList<Record> transactions = m_server.store->recordsOfType(u"Transaction"_s).value();
        QCOMPARE(transactions.size(), 5);
        for (const Record &transaction : transactions)
            QCOMPARE(transaction.values.value(u"note"_s).toString(), u"recalculated"_s);
    }

    // A run scheduled before its workflow was deleted still runs what was
    // scheduled, as Bubble's snapshot does.
    void scheduledRunOfADeletedWorkflowStillRuns()
    {
        QVERIFY(m_server.serve([](Project &p) {
            p.workflows.append(scheduler(u"plan_recalc"_s, u"internal_recalc"_s, {}, u"at"_s));
        }));
        const QByteArray at =
            m_server.clock.now().addSecs(3600).toString(Qt::ISODateWithMs).toUtf8();
        QCOMPARE(
            m_server
                .post("/api/1.1/wf/plan_recalc", "{\"at\":\"" + at + "\"}", m_server.adminSecret)
                ->status,
            200);
        Project edited = m_server.project;
        edited.workflows.removeAt(edited.indexOfWorkflow(u"internal_recalc"_s));
        m_server.publish(edited);
        m_server.clock.advance(7200);
        QCOMPARE(m_server.post("/api/1.1/wf/public_ping", {})->status, 200);
        QTRY_COMPARE(m_server.store->scheduledRuns().value().value(0).status, u"done"_s);
    }

    // §1, §3.1: /wf/<name>/initialize feeds "Detect data".
    void initializeFeedsDetectData()
    {
        QVERIFY(m_server.serve(
            [](Project &p) { p.workflows.append(echo(u"echo_date"_s, FieldType::date())); }));
        const QByteArray call =
            R"x({"when":"2016-01-13T21:45:09Z","n":3,"ok":true,"tags":["a","b"],)x"
            R"x("photo":{"filename":"a.png","contents":"aGk="},"gone":null,"nested":{"x":1}})x";
        const auto unheard = m_server.post("/api/1.1/wf/echo_date/initialize", call);
        QVERIFY(unheard);
        QCOMPARE(unheard->status, 404);

        m_server.detector.listen(u"echo_date"_s);
        const auto heard = m_server.post("/api/1.1/wf/echo_date/initialize", call);
        QVERIFY(heard);
        QCOMPARE(heard->status, 200);
        QCOMPARE(heard->json()[u"status"_s].toString(), u"success"_s);
        const auto captured = m_server.detector.captured();
        QVERIFY(captured);
        QCOMPARE(captured->workflow, u"echo_date"_s);
        QCOMPARE(captured->source, ParameterSource::Body);
        FieldType texts = FieldType::text();
        texts.isList = true;
        QCOMPARE(captured->parameters, (QList<Parameter>{{u"gone"_s, FieldType::text(), true},
                                                         {u"n"_s, FieldType::number(), false},
                                                         {u"ok"_s, FieldType::yesNo(), false},
                                                         {u"photo"_s, FieldType::file(), false},
                                                         {u"tags"_s, texts, false},
                                                         {u"when"_s, FieldType::date(), false}}));
        QCOMPARE(captured->ignored.size(), 1);
        QVERIFY(captured->ignored.first().startsWith(u"nested:"_s));
        // One call is captured; the next finds nobody listening.
        QCOMPARE(m_server.post("/api/1.1/wf/echo_date/initialize", call)->status, 404);
        QCOMPARE(m_server.post("/api/1.1/wf/nope/initialize", call)->status, 404);
    }

    void initializeReadsTheQuerystringWhenTheBodyIsEmpty()
    {
        QVERIFY(m_server.serve());
        m_server.detector.listen(u"public_ping"_s);
        QCOMPARE(m_server.post("/api/1.1/wf/public_ping/initialize?code=abc&state=1", {})->status,
                 200);
        const auto captured = m_server.detector.captured();
        QVERIFY(captured);
        QCOMPARE(captured->source, ParameterSource::Querystring);
        QCOMPARE(captured->parameters, (QList<Parameter>{{u"code"_s, FieldType::text(), false},
                                                         {u"state"_s, FieldType::text(), false}}));
    }

private:
    FidelityServer m_server;
};

QTEST_GUILESS_MAIN(tst_WorkflowFidelityOverHttp)
#include "tst_WorkflowFidelityOverHttp.moc"
