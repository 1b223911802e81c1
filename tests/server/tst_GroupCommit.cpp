#include "RawHttpClient.h"

#include "engine/Clock.h"
#include "engine/RequestWrites.h"
#include "model/DemoProject.h"
#include "server/EngineHandler.h"
#include "server/GroupCommit.h"
#include "server/HttpServer.h"
#include "server/LiveStorePool.h"
#include "server/ProjectSnapshots.h"
#include "server/ServedProject.h"
#include "storage/Database.h"
#include "storage/LiveDataStore.h"
#include "storage/ProjectFile.h"

#include <QJsonArray>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

#include <atomic>

using namespace Qt::Literals::StringLiterals;
using namespace gatehouse;

namespace {

QByteArray post(const QByteArray &target, const QByteArray &body, const QByteArray &token = {})
{
    QByteArray request =
        "POST " + target + " HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n";
    if (!token.isEmpty())
        request += "Authorization: Bearer " + token + "\r\n";
    return request + "Content-Length: " + QByteArray::number(body.size()) + "\r\n\r\n" + body;
}

QByteArray transaction(int amount)
{
    return R"({"account": "ACC-7", "phone": "+1 555 0107", "amount": )" +
           QByteArray::number(amount) + "}";
}

// SQLite's own count of this connection's commits; a non-zero `refuse`
// turns every COMMIT into a rollback, as a disk that fails would.
struct CommitWatch
{
    std::atomic<int> commits = 0;
    std::atomic<bool> refuse = false;

    static int onCommit(void *self)
    {
        auto *watch = static_cast<CommitWatch *>(self);
        if (watch->refuse.load())
            return 1;
        ++watch->commits;
        return 0;
    }
};

} // namespace

// Group commit on the test server: the requests that write take turns on
// one connection, inside one shared transaction, and are answered only
// once it is committed.
class tst_GroupCommit : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<ProjectSnapshots> m_snapshots;
    std::unique_ptr<ServedProject> m_served;
    quint16 m_port = 0;
    QByteArray m_token;
    CommitWatch m_watch;

    GroupCommit &groupCommit() { return m_served->engineStores().groupCommit(); }

    // The amounts of the transactions in the file, read on a connection
    // of its own, as after a restart.
    QSet<int> amountsInTheFile() const
    {
        QSet<int> amounts;
        auto store = LiveDataStore::open(m_path);
        if (!store)
            return {-1};
        const auto records = store.value()->recordsOfType(u"Transaction"_s);
        if (!records)
            return {-1};
        for (const Record &record : records.value())
            amounts.insert(record.values.value(u"amount"_s).toInt());
        return amounts;
    }

    // Sends one write on each client while the test holds the writer's
    // turn, so that all of them are queued for it when it is given back.
    void sendTogether(std::vector<std::unique_ptr<RawHttpClient>> &clients,
                      const QList<int> &amounts)
    {
        std::shared_ptr<GroupCommit::Batch> held;
        QVERIFY(groupCommit().take(&held));
        for (int i = 0; i < amounts.size(); ++i) {
            clients.push_back(std::make_unique<RawHttpClient>(m_port, 30000));
            clients.back()->send(
                post("/api/1.1/wf/create_transaction", transaction(amounts.at(i)), m_token));
        }
        QTRY_COMPARE_WITH_TIMEOUT(groupCommit().waiting(), int(amounts.size()), 20000);
        groupCommit().pass();
    }

private slots:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(u"group.gatehouse"_s);
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
        const auto port = m_served->http().start();
        QVERIFY(port);
        m_port = port.value();
        RawHttpClient login(m_port);
        login.send(post("/api/1.1/wf/issue_token",
                        R"({"email": "alice@example.com", "password": "alice-password"})"));
        const auto issued = login.read();
        QVERIFY(issued);
        QCOMPARE(issued->status, 200);
        m_token = issued->json()[u"response"_s][u"token"_s].toString().toUtf8();
        QVERIFY(!m_token.isEmpty());
        auto writer = groupCommit().writer();
        QVERIFY(writer);
        m_watch.commits = 0;
        m_watch.refuse = false;
        sqlite3_commit_hook(writer.value()->database().handle(), &CommitWatch::onCommit, &m_watch);
    }

    void cleanup()
    {
        if (m_served) {
            m_served->stop();
            if (auto writer = groupCommit().writer())
                sqlite3_commit_hook(writer.value()->database().handle(), nullptr, nullptr);
        }
        m_served.reset();
        m_snapshots.reset();
    }

    // Twelve writes that arrive together: every one answered 200, every one
    // in the file, and fewer commits than requests (one each without
    // group commit, two with the token's last use).
    void writesArrivingTogetherShareACommit()
    {
        const QList<int> amounts{101, 102, 103, 104, 105, 106, 107, 108, 109, 110, 111, 112};
        std::vector<std::unique_ptr<RawHttpClient>> clients;
        sendTogether(clients, amounts);
        for (auto &client : clients) {
            const auto answer = client->read();
            QVERIFY(answer);
            QCOMPARE(answer->status, 200);
        }
        const QSet<int> kept = amountsInTheFile();
        for (int amount : amounts)
            QVERIFY2(kept.contains(amount),
                     qPrintable(u"amount %1 is not in the file"_s.arg(amount)));
        QVERIFY2(
            m_watch.commits < amounts.size(),
            qPrintable(
                u"%1 commits for %2 requests"_s.arg(m_watch.commits.load()).arg(amounts.size())));
    }

    // One request's write fails inside the batch (a trigger refuses its
    // amount): it alone is refused and rolled back to its savepoint; its
    // neighbours in the same commit are answered 200 and kept.
    void oneFailingRequestDoesNotSpoilItsBatch()
    {
        {
            auto db = Database::open(m_path, Database::OpenMode::ReadWrite);
            QVERIFY(db);
            QVERIFY(db.value()->exec(
                u"CREATE TRIGGER refuse_666 BEFORE INSERT ON live_records "
                "WHEN NEW.field_values LIKE '%666%' BEGIN SELECT RAISE(ABORT, 'refused'); END"_s));
        }
        const QList<int> amounts{201, 202, 666, 204, 205, 206};
        std::vector<std::unique_ptr<RawHttpClient>> clients;
        sendTogether(clients, amounts);
        for (int i = 0; i < amounts.size(); ++i) {
            const auto answer = clients.at(i)->read();
            QVERIFY(answer);
            QCOMPARE(answer->status, amounts.at(i) == 666 ? 503 : 200);
        }
        const QSet<int> kept = amountsInTheFile();
        QVERIFY(!kept.contains(666));
        for (int amount : amounts)
            QVERIFY(amount == 666 || kept.contains(amount));
        QVERIFY(m_watch.commits < amounts.size() - 1);
    }

    // The batch's COMMIT fails: not one of its requests is answered 200,
    // none of their writes is in the file, and the connection serves the
    // next batch once commits work again.
    void aFailedCommitAnswersNoneOfItsBatch200()
    {
        m_watch.refuse = true;
        const QList<int> amounts{301, 302, 303, 304, 305};
        std::vector<std::unique_ptr<RawHttpClient>> clients;
        sendTogether(clients, amounts);
        for (auto &client : clients) {
            const auto answer = client->read();
            QVERIFY(answer);
            QCOMPARE(answer->status, 503);
            QVERIFY2(!answer->body.contains("group.gatehouse"), answer->body);
        }
        for (int amount : amounts)
            QVERIFY(!amountsInTheFile().contains(amount));

        m_watch.refuse = false;
        RawHttpClient after(m_port);
        after.send(post("/api/1.1/wf/create_transaction", transaction(399), m_token));
        const auto answer = after.read();
        QVERIFY(answer);
        QCOMPARE(answer->status, 200);
        QVERIFY(amountsInTheFile().contains(399));
    }

    // A request that only reads (a Data API search, anonymous: no token
    // whose use is written) is not held up by the writer: answered while
    // the writer's turn is taken, on a read connection of its own.
    void readsGoOnWhileTheWriterIsHeld()
    {
        std::shared_ptr<GroupCommit::Batch> held;
        QVERIFY(groupCommit().take(&held));
        RawHttpClient reader(m_port, 10000);
        reader.send("GET /api/1.1/obj/transaction HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
        const auto answer = reader.read();
        groupCommit().pass();
        QVERIFY(answer);
        QCOMPARE(answer->status, 200);
    }

    // What the engine says may write before a request is decided: only
    // reads that present no credential (whose use would be written) and
    // what is no API route are kept off the writer.
    void whatMayWrite()
    {
        EngineRequest request;
        request.method = "GET";
        request.path = u"/api/1.1/obj/transaction"_s;
        QVERIFY(!RequestWrites::mayWrite(request));
        request.headers.append({"Authorization", "Bearer " + m_token});
        QVERIFY(RequestWrites::mayWrite(request)); // the token's use is written
        request.headers.clear();
        request.query.append({u"api_token"_s, QString::fromUtf8(m_token)});
        QVERIFY(RequestWrites::mayWrite(request));
        request.query.clear();
        request.method = "POST";
        QVERIFY(RequestWrites::mayWrite(request));
        request.path = u"/api/1.1/wf/public_ping"_s;
        QVERIFY(RequestWrites::mayWrite(request));
        request.path = u"/nowhere"_s;
        QVERIFY(!RequestWrites::mayWrite(request));
    }

    // A read that meets a scheduled run come due cannot settle it on its
    // read connection: it is decided again on the writer, answered 200,
    // and the run is settled (no server here, so no tick settles it).
    void aReadThatMeetsADueRunIsDecidedAgainAsAWrite()
    {
        m_served->stop();
        {
            auto live = LiveDataStore::open(m_path);
            QVERIFY(live);
            ScheduledRun run;
            run.id = u"due-run"_s;
            run.workflow = u"public_ping"_s;
            run.scheduledFor = QDateTime::currentDateTimeUtc().addSecs(-5);
            run.byAdmin = true;
            run.status = u"pending"_s;
            QVERIFY(live.value()->begin());
            QVERIFY(live.value()->appendScheduledRun(run));
            QVERIFY(live.value()->commit());
        }
        const SystemClock clock;
        EngineHandler handler(*m_snapshots, std::make_unique<LiveStorePool>(m_path), clock);
        EngineRequest request;
        request.method = "GET";
        request.path = u"/api/1.1/obj/transaction"_s;
        const EngineResponse answer = handler.handle(request);
        QCOMPARE(answer.status, 200);
        auto live = LiveDataStore::open(m_path);
        QVERIFY(live);
        const auto runs = live.value()->scheduledRuns();
        QVERIFY(runs);
        QCOMPARE(runs->size(), 1);
        QVERIFY2(!runs->first().isPending(), qPrintable(runs->first().status));
    }
};

QTEST_GUILESS_MAIN(tst_GroupCommit)
#include "tst_GroupCommit.moc"
