#include "../engine/AgreementCases.h"
#include "KnownToken.h"
#include "RawHttpClient.h"
#include "TraceKeepingHandler.h"

#include "crypto/TokenSecret.h"
#include "engine/Clock.h"
#include "model/DemoProject.h"
#include "server/EngineHandler.h"
#include "server/HttpServer.h"
#include "server/ProjectSnapshots.h"
#include "storage/LiveDataStore.h"
#include "storage/ProjectFile.h"

#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace gatehouse;
using gatehouse::test::TraceKeepingHandler;

namespace {

QByteArray wireBytes(const agreement::Question &q, const QString &secret)
{
    const QByteArray target = QUrl::toPercentEncoding(q.target, "/?&=");
    QByteArray bytes = q.method + ' ' + target + " HTTP/1.1\r\nHost: localhost\r\n";
    if (!secret.isEmpty())
        bytes += "Authorization: Bearer " + secret.toUtf8() + "\r\n";
    if (!q.body.isEmpty())
        bytes += "Content-Type: " + q.contentType + "\r\n";
    return bytes + "Content-Length: " + QByteArray::number(q.body.size()) + "\r\n\r\n" + q.body;
}

agreement::Observed withoutDecider(const QString &why)
{
    agreement::Observed seen;
    seen.traceText = why;
    return seen;
}

ServerLimits unlimitedRates()
{
    ServerLimits limits;
    limits.requestsPerMinutePerToken = 0;
    limits.requestsPerMinutePerClient = 0;
    limits.requestsPerMinutePerClientWorkflow = 0;
    limits.requestsPerMinutePerWorkflow = 0;
    return limits;
}

} // namespace

// Issue 11, item 2, the second channel: AccessQuestion against the real
// server over loopback HTTP, the engine deciding over the SQLite live data.
// The same generated projects as tst_accessagreement (same seed), each
// published to the running server as the editor publishes an edit; the
// users call with project user tokens, the rest as there. Both sides read
// the same live data, which each call may change.
class tst_AccessAgreementOverHttp : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        auto demo = DemoProject::build();
        QVERIFY(demo);
        m_project = demo.value();
        addTokens();
        const QString path = m_dir.filePath(u"agreement.gatehouse"_s);
        QVERIFY(ProjectFile::save(m_project, path));
        auto live = LiveDataStore::open(path);
        QVERIFY2(live, qPrintable(live.errorMessage()));
        m_live = std::move(live.value());
        m_snapshots =
            std::make_unique<ProjectSnapshots>(std::make_shared<const Project>(m_project));
        m_handler = std::make_shared<TraceKeepingHandler>(
            std::make_unique<EngineHandler>(*m_snapshots, *m_live, m_clock));
        m_server = std::make_unique<HttpServer>(m_handler, unlimitedRates());
        const auto port = m_server->start();
        QVERIFY2(port, qPrintable(port.errorMessage()));
        m_client = std::make_unique<RawHttpClient>(port.value());
        QVERIFY(m_client->connected());
    }

    void cleanupTestCase()
    {
        m_client.reset();
        m_server.reset();
    }

    void demoAndGeneratedProjectsAgreeOverHttp()
    {
        QElapsedTimer timer;
        timer.start();
        agreement::Counts counts;
        const QString first = agreement::askEveryProject(
            m_project, counts,
            [this](const Project &p, agreement::Counts &c) { return disagreementIn(p, c); });
        qInfo("access agreement over HTTP: %d projects (the demo and 200 generated), %d "
              "questions, %d disagreements, in %lld ms (loopback HTTP, SQLite live data)",
              counts.projects, counts.questions, counts.disagreements, timer.elapsed());
        QVERIFY2(counts.disagreements == 0, qPrintable(first));
        // Both verdicts were reached: the comparison cannot pass by every
        // call failing the same way.
        QVERIFY(m_allowed > 1000);
        QVERIFY(m_refused > 1000);
    }

private:
    void addTokens()
    {
        addToken(u"alice"_s, TokenKind::User, DemoProject::aliceId());
        addToken(u"bob"_s, TokenKind::User, DemoProject::bobId());
        addToken(u"root"_s, TokenKind::User, DemoProject::rootId());
        addToken(u"admin"_s, TokenKind::Admin, {});
        addToken(u"ping-only"_s, TokenKind::Admin, {}, [](Token &t) {
            t.scopes.allWorkflows = false;
            t.scopes.workflows = {u"public_ping"_s};
        });
        addToken(u"tx-reader"_s, TokenKind::Admin, {}, [](Token &t) {
            t.scopes.allDataTypes = false;
            t.scopes.dataTypes = {
                DataTypeScope{.dataType = u"Transaction"_s, .find = true, .view = true}};
            t.scopes.allWorkflows = false;
            t.scopes.workflows = {u"public_ping"_s};
        });
        addToken(u"wf-only"_s, TokenKind::Admin, {}, [](Token &t) {
            t.scopes.allWorkflows = false;
            t.scopes.workflows = {u"create_transaction"_s};
        });
        addToken(u"expired"_s, TokenKind::Admin, {},
                 [this](Token &t) { t.expires = m_clock.now().addSecs(-60); });
        addToken(u"revoked"_s, TokenKind::Admin, {},
                 [this](Token &t) { t.revoked = m_clock.now().addSecs(-60); });
        m_secrets.insert(u"malformed"_s, u"gh_usr_not-a-real-token"_s);
    }

    void addToken(const QString &name, TokenKind kind, const QString &userId,
                  const std::function<void(Token &)> &shape = {})
    {
        QString secret;
        m_project.tokens.append(
            test::knownToken(name, kind, userId, m_clock.now().addDays(-1), &secret, shape));
        m_secrets.insert(name, secret);
    }

    QString disagreementIn(const Project &project, agreement::Counts &counts)
    {
        QString first;
        for (const QString &caller : agreement::callers) {
            if (const auto reset = m_live->resetToTestData(); !reset)
                return u"the live data could not be reset: "_s + reset.errorMessage();
            for (const agreement::Question &q : agreement::questionsOf(project, *m_live, caller)) {
                ++counts.questions;
                const AccessAnswer answer = ask(project, q);
                (answer.allowed() ? m_allowed : m_refused) += 1;
                const QString d =
                    agreement::disagreement(project, q, answer, overTheWire(project, q));
                if (d.isEmpty())
                    continue;
                ++counts.disagreements;
                if (first.isEmpty())
                    first = d;
            }
        }
        return first;
    }

    AccessAnswer ask(const Project &project, const agreement::Question &q) const
    {
        const AccessQuestion question(project, *m_live, m_clock);
        HeaderList headers;
        if (m_secrets.contains(q.caller))
            headers.append({"Authorization", "Bearer " + m_secrets.value(q.caller).toUtf8()});
        const EngineRequest request = EngineRequest::make(q.method, q.target, {}, headers);
        return q.workflow.isEmpty() ? question.dataOperation(q.type, q.op, request, q.recordId)
                                    : question.workflow(q.workflow, request);
    }

    agreement::Observed overTheWire(const Project &project, const agreement::Question &q)
    {
        m_snapshots->publish(std::make_shared<const Project>(
            q.workflow.isEmpty() ? project : agreement::gatesOnly(project, q.workflow)));
        m_handler->forget();
        m_client->send(wireBytes(q, m_secrets.value(q.caller)));
        const std::optional<RawResponse> wire = m_client->read();
        if (!wire)
            return withoutDecider(u"no answer over the wire"_s);
        const std::optional<EngineResponse> decided = m_handler->last();
        agreement::Observed seen =
            decided ? agreement::Observed::of(*decided)
                    : agreement::Observed{0, {}, {}, false, u"answered by the HTTP layer"_s};
        seen.status = wire->status;
        seen.body = wire->body;
        return seen;
    }

    QTemporaryDir m_dir;
    Project m_project;
    QHash<QString, QString> m_secrets; // caller -> the token it presents
    ManualClock m_clock{QDateTime(QDate(2026, 6, 1), QTime(12, 0), Qt::UTC)};
    std::unique_ptr<LiveDataStore> m_live;
    std::unique_ptr<ProjectSnapshots> m_snapshots;
    std::shared_ptr<TraceKeepingHandler> m_handler;
    std::unique_ptr<HttpServer> m_server;
    std::unique_ptr<RawHttpClient> m_client;
    int m_allowed = 0;
    int m_refused = 0;
};

QTEST_GUILESS_MAIN(tst_AccessAgreementOverHttp)
#include "tst_AccessAgreementOverHttp.moc"
