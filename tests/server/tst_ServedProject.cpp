#include "RawHttpClient.h"

#include "model/DemoProject.h"
#include "server/HttpServer.h"
#include "server/LiveStorePool.h"
#include "server/ProjectSnapshots.h"
#include "server/RequestLog.h"
#include "server/ServedProject.h"
#include "storage/Database.h"
#include "storage/LiveDataStore.h"
#include "storage/ProjectFile.h"

#include <QHostAddress>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace gatehouse;

namespace {
QByteArray post(const QByteArray &target, const QByteArray &body = {})
{
    return "POST " + target + " HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n" +
           "Content-Length: " + QByteArray::number(body.size()) + "\r\n\r\n" + body;
}
} // namespace

// A project file served as `serve` and the editor serve it: the request
// log written in batches on the live data's own connection, and a request
// that reads and writes nothing costs SQLite nothing.
class tst_ServedProject : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<ProjectSnapshots> m_snapshots;
    std::unique_ptr<ServedProject> m_served;

    quint16 start()
    {
        const auto port = m_served->http().start();
        return port ? port.value() : 0;
    }

    // Statements run on the live data's connections (the log's and those
    // lent to requests), in all and by the log.
    std::pair<qint64, qint64> statements()
    {
        return {m_served->liveData().database().statementCount() +
                    m_served->engineStores().statementCount(),
                m_served->log().statementsRun()};
    }

private slots:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(u"served.gatehouse"_s);
        QFile::remove(m_path);
        auto demo = DemoProject::build();
        QVERIFY(demo);
        QVERIFY(ProjectFile::save(demo.value(), m_path));
        m_snapshots = std::make_unique<ProjectSnapshots>(
            std::make_shared<const Project>(std::move(demo).value()));
        auto served =
            ServedProject::open(m_path, *m_snapshots, m_snapshots->current()->settings.limits);
        QVERIFY2(served, qPrintable(served.errorMessage()));
        m_served = std::move(served).value();
    }

    void cleanup()
    {
        m_served.reset();
        m_snapshots.reset();
    }

    void aReadOnlyRequestDoesNoSqliteWork()
    {
        // Another program's scheduled runs are looked for every so often;
        // not within this test.
        m_served->engineStores().setRunsRecheckInterval(600'000);
        RawHttpClient warm(start());
        warm.send(post("/api/1.1/wf/public_ping"));
        QCOMPARE(warm.read()->status, 200); // reads the scheduled runs once
        m_served->stop();
        const auto [before, logBefore] = statements();

        RawHttpClient client(start());
        for (int i = 0; i < 20; ++i) {
            client.send(post("/api/1.1/wf/public_ping"));
            const auto response = client.read();
            QVERIFY(response);
            QCOMPARE(response->status, 200);
        }
        m_served->stop(); // writes the log's last batch
        const auto [after, logAfter] = statements();
        QVERIFY(logAfter > logBefore);                  // the 20 requests are in the log...
        QCOMPARE(after - before, logAfter - logBefore); // ...and SQLite did nothing else
        auto kept = RequestLog::read(m_path);
        QVERIFY(kept);
        QCOMPARE(kept->size(), 21);

        // A request that writes does use it: the counting above would see it.
        RawHttpClient writer(start());
        writer.send(post("/api/1.1/wf/issue_token",
                         R"({"email": "alice@example.com", "password": "alice-password"})"));
        QCOMPARE(writer.read()->status, 200);
        m_served->stop();
        const auto [written, logWritten] = statements();
        QVERIFY(written - after > logWritten - logAfter);
    }

    void theLogIsWrittenWhileServingNotOnlyAtTheStop()
    {
        RawHttpClient client(start());
        client.send(post("/api/1.1/wf/public_ping"));
        QCOMPARE(client.read()->status, 200);
        QTRY_COMPARE_WITH_TIMEOUT(RequestLog::read(m_path).value().size(), 1, 10000);
    }

    // `serve`'s options are for one run: each one given wins over the
    // project's setting, and a save of the project keeps them; the limits
    // not given follow the project.
    void limitOverridesWinForTheRun()
    {
        QCOMPARE(m_served->http().limits().maxConnections, 1024); // the default
        ServerLimitOverrides overrides;
        overrides.maxConnections = 1;
        overrides.headerTimeoutMs = 1234;
        m_served->setLimitOverrides(overrides);
        QCOMPARE(m_served->http().limits().maxConnections, 1);
        QCOMPARE(m_served->http().limits().headerTimeoutMs, 1234);
        RequestLimits project = m_snapshots->current()->settings.limits;
        project.requestsPerMinutePerToken = 7;
        project.headerTimeoutMs = 999;
        project.maxConnectionsPerClient = 5;
        m_served->applyLimits(project); // a save of the project keeps them
        QCOMPARE(m_served->http().limits().maxConnections, 1);
        QCOMPARE(m_served->http().limits().headerTimeoutMs, 1234);
        QCOMPARE(m_served->http().limits().requestsPerMinutePerToken, 7);
        QCOMPARE(m_served->http().limits().maxConnectionsPerClient, 5);

        const quint16 port = start();
        RawHttpClient first(port);
        first.send(post("/api/1.1/wf/public_ping"));
        QCOMPARE(first.read()->status, 200);
        RawHttpClient second(port);
        const auto refused = second.read();
        QVERIFY(refused);
        QCOMPARE(refused->status, 503);
    }

    // Each per-client limit is a project setting the wire obeys.
    void projectCapsConnectionsPerClient()
    {
        RequestLimits project = m_snapshots->current()->settings.limits;
        project.maxConnectionsPerClient = 1;
        m_served->applyLimits(project);
        const quint16 port = start();
        RawHttpClient first(port);
        first.send(post("/api/1.1/wf/public_ping"));
        QCOMPARE(first.read()->status, 200);
        RawHttpClient second(port);
        const auto refused = second.read();
        QVERIFY(refused);
        QCOMPARE(refused->status, 503);
        QVERIFY2(refused->body.contains("from this client"), refused->body);
        RawHttpClient other(port, QHostAddress(u"127.0.0.2"_s));
        other.send(post("/api/1.1/wf/public_ping"));
        QCOMPARE(other.read()->status, 200);
    }

    void projectSetsTheHeaderDeadline()
    {
        RequestLimits project = m_snapshots->current()->settings.limits;
        project.headerTimeoutMs = 300;
        m_served->applyLimits(project);
        RawHttpClient client(start());
        client.send("POST /api/1.1/wf/public_ping HTTP/1.1\r\nHost: 127.0.0.1\r\n");
        const auto answer = client.read();
        QVERIFY(answer);
        QCOMPARE(answer->status, 408);
        QVERIFY2(answer->body.contains("300 ms"), answer->body);
    }

    void projectSetsTheMinimumBodyRate()
    {
        RequestLimits project = m_snapshots->current()->settings.limits;
        project.minBodyBytesPerSecond = 1'000'000;
        m_served->applyLimits(project);
        RawHttpClient client(start(), 20000);
        client.send("POST /api/1.1/wf/public_ping HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                    "Content-Type: application/json\r\nContent-Length: 100000\r\n\r\n{\"a\":");
        const auto answer = client.read();
        QVERIFY(answer);
        QCOMPARE(answer->status, 408);
        QVERIFY2(answer->body.contains("1000000 bytes a second"), answer->body);
    }

    void projectLimitsEachClientsCalls()
    {
        RequestLimits project = m_snapshots->current()->settings.limits;
        project.requestsPerMinutePerClient = 2;
        m_served->applyLimits(project);
        const quint16 port = start();
        RawHttpClient client(port);
        for (int status : {200, 200, 429}) {
            client.send(post("/api/1.1/wf/public_ping"));
            QCOMPARE(client.read()->status, status);
        }
        RawHttpClient other(port, QHostAddress(u"127.0.0.2"_s));
        other.send(post("/api/1.1/wf/public_ping"));
        QCOMPARE(other.read()->status, 200);

        project.requestsPerMinutePerClient = 0; // no limit
        project.requestsPerMinutePerClientWorkflow = 1;
        m_served->applyLimits(project);
        RawHttpClient third(port, QHostAddress(u"127.0.0.3"_s));
        for (int status : {200, 429}) {
            third.send(post("/api/1.1/wf/public_ping"));
            QCOMPARE(third.read()->status, status);
        }
        third.send(post("/api/1.1/wf/issue_token", "{}"));
        QVERIFY(third.read()->status != 429); // another workflow
    }

    void droppedEntriesAreCountedAndSaid()
    {
        m_served->setLogQueueBound(1);
        QSignalSpy dropped(m_served.get(), &ServedProject::logDropped);
        RawHttpClient client(start());
        // Held by another connection: the batches wait in memory, one at most.
        auto other = Database::open(m_path, Database::OpenMode::ReadWrite);
        QVERIFY(other);
        QVERIFY(other.value()->exec(u"BEGIN IMMEDIATE"_s));
        for (int i = 0; i < 3; ++i) {
            client.send(post("/api/1.1/wf/public_ping"));
            QCOMPARE(client.read()->status, 200);
        }
        QTRY_VERIFY_WITH_TIMEOUT(!dropped.isEmpty(), 10000);
        QVERIFY(other.value()->exec(u"COMMIT"_s));
        m_served->stop();
        QCOMPARE(m_served->log().queue().dropped(), 2);
        QCOMPARE(dropped.last().first().toLongLong(), 2);
        const auto kept = RequestLog::read(m_path);
        QVERIFY(kept);
        QCOMPARE(kept->size(), 2);
        QVERIFY2(kept->first().error.startsWith(u"2 request(s) not logged"_s),
                 qPrintable(kept->first().error));
    }
};

QTEST_GUILESS_MAIN(tst_ServedProject)
#include "tst_ServedProject.moc"
