// "Simulate as" is the editor's own, in-process path: over real HTTP no
// header, query parameter or body field makes the server act as a token
// without its secret (the server has no such switch), while the in-process
// call the Request panel makes is decided by the engine and logged as
// simulated, in memory and in the file.
#include "RawHttpClient.h"

#include "crypto/TokenSecret.h"
#include "model/DemoProject.h"
#include "server/HttpServer.h"
#include "server/ProjectSnapshots.h"
#include "server/RequestLog.h"
#include "server/ServedProject.h"
#include "storage/ProjectFile.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace gatehouse;

namespace {
const QString kToken = u"ci"_s;

QByteArray post(const QByteArray &target, const QByteArray &headers, const QByteArray &body)
{
    return "POST " + target + " HTTP/1.1\r\nHost: 127.0.0.1\r\n" + headers +
           "Content-Type: application/json\r\nContent-Length: " + QByteArray::number(body.size()) +
           "\r\n\r\n" + body;
}

const TraceStep *authenticateStep(const Trace &trace)
{
    for (const TraceStep &step : trace.steps()) {
        if (step.stage == TraceStep::Stage::Authenticate)
            return &step;
    }
    return nullptr;
}
} // namespace

class tst_SimulateOverHttp : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(u"simulate.gatehouse"_s);
        QFile::remove(m_path);
        auto demo = DemoProject::build();
        QVERIFY(demo);
        Project project = demo.value();
        // An admin token whose secret nobody here knows any more.
        const IssuedSecret issued = TokenSecret::issue(TokenKind::Admin);
        Token token;
        token.name = kToken;
        token.prefix = issued.prefix;
        token.secretHash = issued.hash;
        token.created = QDateTime::currentDateTimeUtc().addDays(-1);
        project.tokens = {token};
        QVERIFY(ProjectFile::save(project, m_path));
        m_snapshots = std::make_unique<ProjectSnapshots>(std::make_shared<const Project>(project));
        auto served = ServedProject::open(m_path, *m_snapshots, project.settings.limits);
        QVERIFY2(served, qPrintable(served.errorMessage()));
        m_served = std::move(served).value();
    }

    void cleanup()
    {
        m_served.reset();
        m_snapshots.reset();
    }

    void aForgedActAsFromOutsideIsIgnored_data()
    {
        QTest::addColumn<QByteArray>("target");
        QTest::addColumn<QByteArray>("headers");
        QTest::addColumn<QByteArray>("body");
        const QByteArray wf = "/api/1.1/wf/admin_cleanup";
        QTest::newRow("headers") << wf
                                 << QByteArray(
                                        "X-Simulate-As: ci\r\nX-Act-As: ci\r\n"
                                        "X-Gatehouse-Simulate: ci\r\nSimulate-As-Token: ci\r\n"
                                        "X-Simulated: true\r\n")
                                 << QByteArray("{}");
        QTest::newRow("query") << wf + "?simulate_as=ci&act_as=ci&simulateAsToken=ci&as=token:ci"
                               << QByteArray() << QByteArray("{}");
        QTest::newRow("body") << wf << QByteArray()
                              << QByteArray(R"({"simulate_as":"ci","simulateAsToken":"ci",)"
                                            R"("act_as":"token:ci","simulated":true})");
    }

    // Anonymous may not run an admin-only workflow: a switch that worked
    // would have made it 200.
    void aForgedActAsFromOutsideIsIgnored()
    {
        QFETCH(QByteArray, target);
        QFETCH(QByteArray, headers);
        QFETCH(QByteArray, body);
        QSignalSpy logged(m_served.get(), &ServedProject::answered);
        const auto port = m_served->http().start();
        QVERIFY(port);
        RawHttpClient client(port.value());
        client.send(post(target, headers, body));
        const auto response = client.read();
        QVERIFY(response);
        QCOMPARE(response->status, 401);
        QVERIFY(logged.count() > 0 || logged.wait(5000));
        const auto entry = logged.last().at(0).value<RequestLogEntry>();
        QVERIFY(!entry.simulated);
        QCOMPARE(entry.principal, u"anonymous"_s);
        const TraceStep *auth = authenticateStep(entry.trace);
        QVERIFY(auth);
        QVERIFY2(!auth->reason.contains(u"simulated"_s), qPrintable(auth->reason));
    }

    void theEditorsSimulationIsLoggedAsSimulated()
    {
        QSignalSpy logged(m_served.get(), &ServedProject::answered);
        const EngineResponse response =
            m_served->simulate(EngineRequest::make("POST", u"/api/1.1/wf/admin_cleanup"_s), kToken);
        QCOMPARE(response.status, 200);
        QCOMPARE(logged.count(), 1);
        const auto entry = logged.last().at(0).value<RequestLogEntry>();
        QVERIFY(entry.simulated);
        QCOMPARE(entry.peer, RequestLogEntry::simulatedPeer());
        QVERIFY(entry.toLine().endsWith(u"(simulated)"_s));
        QVERIFY(RequestLogEntry::fromJson(entry.toJson()).simulated);
        QVERIFY2(authenticateStep(entry.trace)->reason.contains(u"no secret presented"_s),
                 qPrintable(entry.trace.toText()));
        m_served->stop(); // writes the log
        const auto kept = RequestLog::read(m_path);
        QVERIFY(kept);
        QVERIFY(!kept->isEmpty());
        QVERIFY(kept->last().simulated);
    }

private:
    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<ProjectSnapshots> m_snapshots;
    std::unique_ptr<ServedProject> m_served;
};

QTEST_GUILESS_MAIN(tst_SimulateOverHttp)
#include "tst_SimulateOverHttp.moc"
