// The test server's cost, measured side by side in one run on one machine:
// the engine in process over memory against the same requests over loopback
// HTTP with the SQLite live data, and the server's memory while it refuses
// oversized and slow requests. Figures are ratios and deltas, not targets:
// scripts/bench.sh runs it and docs/benchmarks.md keeps what it printed.
//   bench_server [--requests N]
#include "../server/RawHttpClient.h"

#include "engine/Engine.h"
#include "engine/MemoryDataStore.h"
#include "model/DemoProject.h"
#include "server/EngineHandler.h"
#include "server/HttpServer.h"
#include "storage/LiveDataStore.h"
#include "storage/ProjectFile.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>

#include <cstdio>
#include <unistd.h>

using namespace Qt::Literals::StringLiterals;
using namespace gatehouse;

namespace {

qint64 residentKiB()
{
    QFile statm(u"/proc/self/statm"_s);
    if (!statm.open(QIODevice::ReadOnly))
        return -1;
    const QList<QByteArray> fields = statm.readAll().split(' ');
    return fields.value(1).toLongLong() * (sysconf(_SC_PAGESIZE) / 1024);
}

QByteArray post(const QByteArray &path, const QByteArray &body, const QByteArray &token = {})
{
    QByteArray request = "POST " + path + " HTTP/1.1\r\nHost: localhost\r\n";
    if (!token.isEmpty())
        request += "Authorization: Bearer " + token + "\r\n";
    if (!body.isEmpty())
        request += "Content-Type: application/json\r\n";
    return request + "Content-Length: " + QByteArray::number(body.size()) + "\r\n\r\n" + body;
}

struct Workload
{
    const char *name;
    QByteArray path;
    QByteArray body;
    bool asAlice;
};

const QByteArray kAlice = R"({"email":"alice@example.com","password":"alice-password"})";

// Microseconds a request, in process; alice logs in there first, so her
// session is in the same store.
double inProcess(const Project &project, const Workload &work, int n)
{
    MemoryDataStore store(project.records);
    const SystemClock clock;
    auto snapshot = std::make_shared<const Project>(project);
    HeaderList headers{{"Content-Type", "application/json"}};
    if (work.asAlice) {
        const EngineResponse login =
            Engine(snapshot, store, clock)
                .handle(EngineRequest::make("POST", u"/api/1.1/wf/issue_token"_s, kAlice, headers));
        const QByteArray token = login.jsonBody()[u"response"_s][u"token"_s].toString().toUtf8();
        headers.append({"Authorization", "Bearer " + token});
    }
    const EngineRequest request =
        EngineRequest::make("POST", QString::fromUtf8(work.path), work.body, headers);
    QElapsedTimer timer;
    timer.start();
    int failed = 0;
    for (int i = 0; i < n; ++i) {
        Engine engine(snapshot, store, clock);
        failed += engine.handle(request).status != 200;
    }
    if (failed > 0)
        std::fprintf(stderr, "bench: %s: %d of %d failed in process\n", work.name, failed, n);
    return double(timer.nsecsElapsed()) / 1000.0 / n;
}

// Microseconds a request, over one keep-alive connection.
double overHttp(quint16 port, const Workload &work, const QByteArray &token, int n)
{
    RawHttpClient client(port, 30000);
    const QByteArray bytes = post(work.path, work.body, work.asAlice ? token : QByteArray());
    QElapsedTimer timer;
    timer.start();
    int failed = 0;
    for (int i = 0; i < n; ++i) {
        client.send(bytes);
        const auto response = client.read();
        failed += !response || response->status != 200;
        if (i % 64 == 0) // the server's per-request signals queue up on this thread
            QCoreApplication::processEvents();
    }
    if (failed > 0)
        std::fprintf(stderr, "bench: %s: %d of %d failed over HTTP\n", work.name, failed, n);
    return double(timer.nsecsElapsed()) / 1000.0 / n;
}

QByteArray aliceToken(quint16 port)
{
    RawHttpClient client(port);
    client.send(post("/api/1.1/wf/issue_token", kAlice));
    const auto response = client.read();
    return response ? response->json()[u"response"_s][u"token"_s].toString().toUtf8()
                    : QByteArray();
}

// Requests the HTTP layer refuses before the engine: a body declared larger
// than the limit (413, never buffered), and a header past its size (431).
void refuseOversized(quint16 port, int n)
{
    for (int i = 0; i < n; ++i) {
        RawHttpClient client(port);
        client.send("POST /api/1.1/wf/public_ping HTTP/1.1\r\nHost: localhost\r\nContent-Length: "
                    "104857600\r\n\r\n" +
                    QByteArray(64 * 1024, 'a'));
        client.read();
        RawHttpClient header(port);
        header.send("GET / HTTP/1.1\r\nX-Big: " + QByteArray(16 * 1024, 'b') + "\r\n\r\n");
        header.read();
    }
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const qsizetype at = args.indexOf(u"--requests"_s);
    const int n = at >= 0 ? args.value(at + 1).toInt() : 2000;
    QTemporaryDir dir;
    const QString path = dir.filePath(u"bench.gatehouse"_s);
    Project project = DemoProject::build().value();
    // The rate limits would turn most of a measure into 429s.
    project.settings.limits.requestsPerMinutePerToken = 0;
    project.settings.limits.requestsPerMinutePerWorkflow = 0;
    if (!ProjectFile::save(project, path)) {
        std::fprintf(stderr, "bench: cannot write %s\n", qPrintable(path));
        return 1;
    }
    auto live = LiveDataStore::open(path);
    ProjectSnapshots snapshots(std::make_shared<const Project>(project));
    const SystemClock clock;
    HttpServer server(std::make_shared<EngineHandler>(snapshots, *live.value(), clock),
                      ServerLimits::fromSettings(project.settings.limits));
    const quint16 port = server.start().value();

    const Workload reads{"public_ping (no data)", "/api/1.1/wf/public_ping", {}, false};
    const Workload writes{"create_transaction (one write)", "/api/1.1/wf/create_transaction",
                          R"({"account":"ACC-7","phone":"+1 555 0107","amount":25})", true};
    const Workload searches{
        "tag_my_transactions (search, change)", "/api/1.1/wf/tag_my_transactions", {}, true};
    std::printf("requests per measure: %d\n\n", n);
    std::printf("| workload | in process, memory (us) | over HTTP, SQLite (us) | ratio |\n");
    std::printf("|---|---|---|---|\n");
    for (const Workload &work : {reads, writes, searches}) {
        // Both sides start from the test data: a search's cost grows with
        // what earlier workloads created.
        if (auto reset = live.value()->resetToTestData(); !reset) {
            std::fprintf(stderr, "%s\n", qPrintable(reset.errorMessage()));
            return 1;
        }
        const double direct = inProcess(project, work, n);
        const double wire = overHttp(port, work, aliceToken(port), n);
        std::printf("| %s | %.1f | %.1f | %.1f |\n", work.name, direct, wire, wire / direct);
    }

    const QByteArray token = aliceToken(port);
    overHttp(port, reads, token, 200); // warm up allocator and caches
    const qint64 before = residentKiB();
    refuseOversized(port, n / 10);
    const qint64 afterRefusals = residentKiB();
    overHttp(port, reads, token, n);
    const qint64 afterReads = residentKiB();
    std::printf("\nresident memory: %lld KiB at start, %+lld KiB after %d refused oversized "
                "requests (100 MiB bodies declared, 16 KiB headers), %+lld KiB after %d more "
                "requests\n",
                qlonglong(before), qlonglong(afterRefusals - before), 2 * (n / 10),
                qlonglong(afterReads - afterRefusals), n);
    server.stop();
    return 0;
}
