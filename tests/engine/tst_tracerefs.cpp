// Each trace step names the setting that decided it as values (a TraceRef),
// so the editor can select it without reading the step's words; the refs
// survive the trace's JSON, and a trace written before them reads back
// without one. And "simulate as": a token's record, judged by the engine as
// its secret would be, with no secret anywhere.
#include "EngineFixture.h"

#include "server/RequestLogEntry.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace gatehouse;

using Stage = TraceStep::Stage;
using Verdict = TraceStep::Verdict;

namespace {
const TraceStep *stepAt(const Trace &trace, Stage stage)
{
    for (const TraceStep &step : trace.steps()) {
        if (step.stage == stage)
            return &step;
    }
    return nullptr;
}

EngineRequest simulated(const QString &token, const QString &target, const QByteArray &body = {},
                        const HeaderList &headers = {})
{
    HeaderList all = headers;
    if (!body.isEmpty())
        all.append({QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json")});
    EngineRequest request = EngineRequest::make("POST", target, body, all);
    request.simulateAsToken = token;
    return request;
}
} // namespace

class tst_TraceRefs : public QObject
{
    Q_OBJECT

private slots:
    void init() { QVERIFY(m.build()); }

    void anAuthorizationRefusalNamesTheAuthenticationSetting()
    {
        const EngineResponse r =
            m.call(u"anonymous"_s, "POST", u"/api/1.1/wf/tag_my_transactions"_s);
        QCOMPARE(r.status, 401);
        const TraceStep *step = r.trace.decidingStep();
        QCOMPARE(step->stage, Stage::Authorize);
        QCOMPARE(step->ref, TraceRef::authentication(u"tag_my_transactions"_s));
    }

    void aScopeRefusalNamesTheToken()
    {
        const EngineResponse r = m.call(u"ping-only"_s, "POST", u"/api/1.1/wf/admin_cleanup"_s);
        QCOMPARE(r.status, 403);
        QCOMPARE(r.trace.decidingStep()->ref, TraceRef::token(u"ping-only"_s));
    }

    void aMissingParameterNamesItsRow()
    {
        const EngineResponse r = m.call(u"alice"_s, "POST", u"/api/1.1/wf/create_transaction"_s,
                                        R"({"account":"ACC-1","amount":5})");
        QCOMPARE(r.status, 400);
        const TraceStep *step = r.trace.decidingStep();
        QCOMPARE(step->stage, Stage::Parameters);
        QCOMPARE(step->ref, TraceRef::parameter(u"create_transaction"_s, u"phone"_s));
    }

    void aRevokedTokenIsNamed()
    {
        const EngineResponse r = m.call(u"revoked"_s, "POST", u"/api/1.1/wf/public_ping"_s);
        QCOMPARE(r.status, 401);
        QCOMPARE(r.trace.decidingStep()->stage, Stage::Authenticate);
        QCOMPARE(r.trace.decidingStep()->ref, TraceRef::token(u"revoked"_s));
    }

    void theConditionAndEachStepAreNamed()
    {
        const EngineResponse r = m.call(u"alice"_s, "POST", u"/api/1.1/wf/create_transaction"_s,
                                        R"({"account":"ACC-1","phone":"1","amount":-5})");
        QCOMPARE(r.trace.decidingStep()->ref, TraceRef::condition(u"create_transaction"_s));
        const EngineResponse ran = m.call(u"alice"_s, "POST", u"/api/1.1/wf/create_transaction"_s,
                                          R"({"account":"ACC-1","phone":"1","amount":5})");
        QCOMPARE(ran.status, 200);
        const TraceStep *action = stepAt(ran.trace, Stage::Action);
        QVERIFY(action);
        QCOMPARE(action->ref, TraceRef::stepOf(u"create_transaction"_s, 0, false));
    }

    void privacyFilteringNamesTheRuleOrTheType()
    {
        const Record *alices = nullptr;
        for (const Record &record : m.project.records) {
            if (record.type == u"Transaction"_s && record.createdBy == DemoProject::aliceId())
                alices = alices ? alices : &record;
        }
        QVERIFY(alices);
        const QString path = u"/api/1.1/obj/transaction/"_s + alices->id;
        const EngineResponse own = m.call(u"alice"_s, "GET", path);
        QCOMPARE(own.status, 200);
        const TraceStep *shown = stepAt(own.trace, Stage::Privacy);
        QVERIFY(shown);
        QCOMPARE(shown->ref, TraceRef::rule(u"Transaction"_s, u"owner"_s));
        const EngineResponse other = m.call(u"bob"_s, "GET", path);
        QCOMPARE(other.status, 404);
        QCOMPARE(other.trace.decidingStep()->stage, Stage::Privacy);
        QCOMPARE(other.trace.decidingStep()->ref, TraceRef::type(u"Transaction"_s));
    }

    void refsSurviveJsonAndOldTracesReadWithout()
    {
        const EngineResponse r =
            m.call(u"anonymous"_s, "POST", u"/api/1.1/wf/tag_my_transactions"_s);
        const Trace back = RequestLogEntry::traceFromJson(r.trace.toJson());
        QCOMPARE(back.steps(), r.trace.steps());
        // As a log written before refs: no "ref" key, or one of a kind unknown.
        const QJsonArray old{QJsonObject{{u"stage"_s, u"authorize"_s},
                                         {u"verdict"_s, u"refused"_s},
                                         {u"reason"_s, u"no"_s},
                                         {u"subject"_s, u"workflow `x`"_s}},
                             QJsonObject{{u"stage"_s, u"privacy"_s},
                                         {u"verdict"_s, u"passed"_s},
                                         {u"ref"_s, QJsonObject{{u"kind"_s, u"someday"_s}}}}};
        const Trace read = RequestLogEntry::traceFromJson(old);
        QCOMPARE(read.steps().size(), 2);
        QVERIFY(read.steps().at(0).ref.isNone());
        QCOMPARE(read.steps().at(0).stage, Stage::Authorize);
        QCOMPARE(read.steps().at(1).stage, Stage::Privacy);
        QVERIFY(read.steps().at(1).ref.isNone());
    }

    void simulateAsATokenNeedsNoSecret()
    {
        Engine engine(std::make_shared<const Project>(m.project), *m.store, m.clock);
        const EngineResponse r =
            engine.handle(simulated(u"admin"_s, u"/api/1.1/wf/admin_cleanup"_s));
        QCOMPARE(r.status, 200);
        const TraceStep *auth = stepAt(r.trace, Stage::Authenticate);
        QVERIFY(auth);
        QCOMPARE(auth->verdict, Verdict::Passed);
        QVERIFY2(auth->reason.contains(u"simulated as token `admin` (no secret presented)"_s),
                 qPrintable(auth->reason));
        QCOMPARE(auth->ref, TraceRef::token(u"admin"_s));
        // No client used the token: its last use is not touched.
        const Token *admin = m.project.findToken(u"admin"_s);
        QVERIFY(!m.store->tokenLastUsed(admin->secretHash).value().has_value());
    }

    void aSimulatedTokenKeepsItsScopes()
    {
        Engine engine(std::make_shared<const Project>(m.project), *m.store, m.clock);
        QCOMPARE(engine.handle(simulated(u"ping-only"_s, u"/api/1.1/wf/admin_cleanup"_s)).status,
                 403);
    }

    void revokedExpiredOrUnknownSimulateAsRefused_data()
    {
        QTest::addColumn<QString>("token");
        QTest::newRow("revoked") << u"revoked"_s;
        QTest::newRow("expired") << u"expired"_s;
        QTest::newRow("unknown") << u"nobody"_s;
    }

    void revokedExpiredOrUnknownSimulateAsRefused()
    {
        QFETCH(QString, token);
        Engine engine(std::make_shared<const Project>(m.project), *m.store, m.clock);
        const EngineResponse r = engine.handle(simulated(token, u"/api/1.1/wf/public_ping"_s));
        QCOMPARE(r.status, 401);
        const TraceStep *step = r.trace.decidingStep();
        QCOMPARE(step->stage, Stage::Authenticate);
        QCOMPARE(step->verdict, Verdict::Refused);
        QVERIFY2(step->reason.startsWith(u"simulated as token `%1`"_s.arg(token)),
                 qPrintable(step->reason));
    }

    void aSimulationCarryingACredentialIsRefused()
    {
        Engine engine(std::make_shared<const Project>(m.project), *m.store, m.clock);
        const HeaderList bearer{
            {QByteArrayLiteral("Authorization"), "Bearer " + m.secrets.value(u"alice"_s).toUtf8()}};
        const EngineResponse r =
            engine.handle(simulated(u"admin"_s, u"/api/1.1/wf/admin_cleanup"_s, {}, bearer));
        QCOMPARE(r.status, 401);
        QCOMPARE(r.trace.decidingStep()->stage, Stage::Authenticate);
    }

private:
    EngineFixture m;
};

QTEST_GUILESS_MAIN(tst_TraceRefs)
#include "tst_tracerefs.moc"
