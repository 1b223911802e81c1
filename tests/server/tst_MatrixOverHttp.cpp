#include "../audit/MatrixFixtures.h"
#include "MatrixWire.h"
#include "RawHttpClient.h"
#include "TraceKeepingHandler.h"

#include "audit/AccessMatrix.h"
#include "audit/MatrixRoles.h"
#include "engine/Clock.h"
#include "server/HttpServer.h"
#include "server/ProjectSnapshots.h"
#include "storage/LiveDataStore.h"
#include "storage/ProjectFile.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace gatehouse;
using namespace gatehouse::audit;
using namespace gatehouse::test;
using Op = DataApiGate::Operation;
using Verdict = AccessAnswer::Verdict;

namespace {

// What one request got over the wire, and the trace's deciding step.
struct Fired
{
    int status = 0;
    QByteArray body;
    QString decidedBy;
    TraceStep::Stage stage = TraceStep::Stage::Response;
    QString trace;

    bool passedTheGates() const { return status != 401 && status != 403 && status != 404; }
    int found() const
    {
        return int(QJsonDocument::fromJson(body)["response"_L1]["results"_L1].toArray().size());
    }
};

ServerLimits noLimits()
{
    ServerLimits limits;
    limits.requestsPerMinutePerToken = 0;
    limits.requestsPerMinutePerClient = 0;
    limits.requestsPerMinutePerClientWorkflow = 0;
    limits.requestsPerMinutePerWorkflow = 0;
    return limits;
}

} // namespace

// Issue 15, item 8: the access matrix of the demo against real requests to
// the served demo. For every principal row and every column the cell's
// request goes over loopback HTTP with that principal's credential: an
// allowed cell passes the gates (no 401, 403, 404), a refused one is refused
// by the step the cell names, a conditional one lets some calls through
// and refuses others by the privacy rules, never by a gate.
class tst_MatrixOverHttp : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_matrix = AccessMatrix::compute(m_demo.project, matrixNow());
        QVERIFY(m_matrix.complete());
        QVERIFY2(m_matrix.rowOf(u"role: admin = yes"_s) >= 0, "the demo names the admin role");
        QVERIFY(serve(servedCopy()));
    }

    void cleanupTestCase()
    {
        m_client.reset();
        m_server.reset();
    }

    void everyCellAgreesWithItsRequests()
    {
        for (int row = 0; row < m_matrix.rowCount(); ++row) {
            for (int column = 0; column < m_matrix.columnCount(); ++column)
                checkCell(row, column);
        }
        qInfo("matrix over HTTP: %d cells (%d allowed, %d refused, %d conditional, %d of "
              "them seen both ways), %d requests",
              m_cells, m_seen[0], m_seen[1], m_seen[2], m_bothWays, m_requests);
        QVERIFY2(m_failures.isEmpty(), qPrintable(m_failures.mid(0, 12).join(u"\n"_s)));
        QCOMPARE(m_cells, m_matrix.rowCount() * m_matrix.columnCount());
        // Each verdict came up, and conditions were seen deciding both ways.
        QVERIFY(m_seen[0] > 20 && m_seen[1] > 20 && m_seen[2] > 10);
        QVERIFY(m_bothWays >= 3);
    }

private:
    // The demo as served: its tokens' known secrets, a user token for every
    // test user and role user (the matrix asks them as if logged in), the
    // role users in its test data.
    Project servedCopy()
    {
        Project served = m_demo.project;
        const QList<MatrixRole> roles = MatrixRoles::of(served);
        for (int i = 0; i < roles.size(); ++i) {
            const Record user = MatrixRoles::userOf(roles.at(i), i);
            served.records << user;
            login(served, u"role: "_s + roles.at(i).name(), user.id);
        }
        for (const Record &r : m_demo.project.records) {
            if (r.type == DataType::userTypeName())
                login(served, u"user "_s + r.values.value(u"email"_s).toString(), r.id);
        }
        for (auto it = m_demo.secrets.cbegin(); it != m_demo.secrets.cend(); ++it)
            m_credentials.insert(u"token "_s + it.key(), it.value());
        return served;
    }

    void login(Project &served, const QString &row, const QString &userId)
    {
        QString secret;
        served.tokens << knownToken(u"login-%1"_s.arg(m_credentials.size()), TokenKind::User,
                                    userId, matrixNow().addDays(-1), &secret);
        m_credentials.insert(row, secret);
    }

    bool serve(const Project &served)
    {
        const QString path = m_dir.filePath(u"matrix.gatehouse"_s);
        if (const auto saved = ProjectFile::save(served, path); !saved) {
            qWarning("%s", qPrintable(saved.errorMessage()));
            return false;
        }
        auto live = LiveDataStore::open(path);
        if (!live)
            return false;
        m_live = std::move(live.value());
        m_snapshots = std::make_unique<ProjectSnapshots>(std::make_shared<const Project>(served));
        m_handler = std::make_shared<TraceKeepingHandler>(
            std::make_unique<EngineHandler>(*m_snapshots, *m_live, m_clock));
        m_server = std::make_unique<HttpServer>(m_handler, noLimits());
        const auto port = m_server->start();
        if (!port)
            return false;
        m_client = std::make_unique<RawHttpClient>(port.value());
        return m_client->connected();
    }

    // Sends the call; a call that may have changed the live data puts the
    // test data back, so every cell meets the same records.
    Fired fire(const matrixwire::Call &call, const QString &secret)
    {
        ++m_requests;
        m_handler->forget();
        m_client->send(matrixwire::bytesOf(call, secret));
        Fired fired;
        if (const auto wire = m_client->read()) {
            fired.status = wire->status;
            fired.body = wire->body;
        }
        if (const auto decided = m_handler->last()) {
            if (const TraceStep *step = decided->trace.decidingStep()) {
                fired.decidedBy = step->subject;
                fired.stage = step->stage;
            }
            fired.trace = decided->trace.toText();
        }
        if (call.method != "GET" && fired.status < 300 && !m_live->resetToTestData())
            qFatal("the live data could not be reset");
        return fired;
    }

    void checkCell(int row, int column)
    {
        ++m_cells;
        const MatrixCell cell = m_matrix.cell(row, column);
        m_seen[cell.verdict == Verdict::Allowed   ? 0
               : cell.verdict == Verdict::Refused ? 1
                                                  : 2] += 1;
        const MatrixColumn &what = m_matrix.columns().at(column);
        const QString secret = m_credentials.value(m_matrix.principals().at(row).label());
        const auto failed = [&](const matrixwire::Call &call, const Fired &fired) {
            m_failures << u"%1 x %2: cell %3 (%4: %5); %6 %7 answered %8 (%9)"_s.arg(
                m_matrix.principals().at(row).label(), what.label(), cell.verdictWord(),
                cell.decidedBy, cell.reason, QString::fromLatin1(call.method), call.target,
                QString::number(fired.status), fired.trace);
        };
        if (what.isWorkflow()) {
            const auto call = matrixwire::workflowCall(*m_demo.project.findWorkflow(what.resource));
            const Fired fired = fire(call, secret);
            if (!agrees(cell, fired))
                failed(call, fired);
            return;
        }
        const DataType &type = *m_demo.project.findDataType(what.resource);
        if (matrixwire::onRecords(what.operation))
            checkRecords(cell, type, what.operation, secret, failed);
        else
            checkType(cell, type, what.operation, secret, failed);
    }

    // The step the cell names refused it, at a gate or at the privacy rules.
    static bool refusedAsNamed(const MatrixCell &cell, const Fired &fired)
    {
        return fired.status >= 400 && fired.status < 500 && fired.decidedBy == cell.decidedBy;
    }

    // Refused by the privacy rules of the type, past every gate.
    static bool refusedByRules(const DataType &type, const Fired &fired)
    {
        return fired.status >= 400 && fired.decidedBy == u"data type `%1`"_s.arg(type.name);
    }

    static bool agrees(const MatrixCell &cell, const Fired &fired)
    {
        if (cell.verdict == Verdict::Allowed)
            return fired.passedTheGates();
        return cell.verdict == Verdict::Refused && refusedAsNamed(cell, fired);
    }

    template <typename Failed>
    void checkType(const MatrixCell &cell, const DataType &type, Op operation,
                   const QString &secret, const Failed &failed)
    {
        const auto call = matrixwire::dataCall(type, operation);
        const Fired fired = fire(call, secret);
        const int records = int(m_live->recordsOfType(type.name).value().size());
        bool ok = false;
        if (operation == Op::List) {
            // A list refused by the rules finds nothing; allowed, it finds all.
            if (cell.verdict == Verdict::Allowed)
                ok = fired.status == 200 && fired.found() == records;
            else if (cell.verdict == Verdict::Refused)
                ok = refusedAsNamed(cell, fired) || (fired.status == 200 && fired.found() == 0);
            else if ((ok = fired.status == 200))
                m_bothWays += fired.found() > 0 && fired.found() < records;
        } else if (operation == Op::Bulk) {
            const bool created = fired.status == 200 && fired.body.contains("success");
            ok = cell.verdict == Verdict::Allowed   ? created
                 : cell.verdict == Verdict::Refused ? refusedAsNamed(cell, fired) || !created
                                                    : fired.passedTheGates();
        } else {
            ok = cell.verdict == Verdict::DependsOnRecord
                     ? fired.status < 300 || refusedByRules(type, fired)
                     : agrees(cell, fired);
        }
        if (!ok)
            failed(call, fired);
    }

    template <typename Failed>
    void checkRecords(const MatrixCell &cell, const DataType &type, Op operation,
                      const QString &secret, const Failed &failed)
    {
        int passed = 0;
        int refused = 0;
        for (const Record &record : m_live->recordsOfType(type.name).value()) {
            const auto call = matrixwire::dataCall(type, operation, record.id);
            const Fired fired = fire(call, secret);
            bool ok = agrees(cell, fired);
            if (cell.verdict == Verdict::DependsOnRecord) {
                const bool through = fired.status < 300;
                ok = through || refusedByRules(type, fired);
                (through ? passed : refused) += 1;
            }
            if (!ok)
                failed(call, fired);
        }
        m_bothWays += passed > 0 && refused > 0;
    }

    QTemporaryDir m_dir;
    MatrixDemo m_demo = MatrixDemo::build();
    AccessMatrix m_matrix;
    QHash<QString, QString> m_credentials; // row label -> the secret it presents
    ManualClock m_clock{matrixNow()};
    std::unique_ptr<LiveDataStore> m_live;
    std::unique_ptr<ProjectSnapshots> m_snapshots;
    std::shared_ptr<TraceKeepingHandler> m_handler;
    std::unique_ptr<HttpServer> m_server;
    std::unique_ptr<RawHttpClient> m_client;
    QStringList m_failures;
    int m_cells = 0;
    int m_seen[3] = {0, 0, 0}; // allowed, refused, conditional
    int m_bothWays = 0;
    int m_requests = 0;
};

QTEST_GUILESS_MAIN(tst_MatrixOverHttp)
#include "tst_MatrixOverHttp.moc"
