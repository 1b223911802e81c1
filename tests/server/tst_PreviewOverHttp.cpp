// Issue 13, item 4: "preview as" (PrivacyPreview) and a real request to the
// served demo agree, for every record, field and principal: anonymous, each
// test user's token, admin tokens and a token scoped away from the type. The
// preview reads the same SQLite live data the server answers from.

#include "KnownToken.h"
#include "RawHttpClient.h"

#include "engine/Clock.h"
#include "engine/Principals.h"
#include "engine/PrivacyPreview.h"
#include "model/DemoProject.h"
#include "server/EngineHandler.h"
#include "server/HttpServer.h"
#include "server/ProjectSnapshots.h"
#include "storage/LiveDataStore.h"
#include "storage/ProjectFile.h"

#include <QJsonArray>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace gatehouse;

namespace {

ServerLimits unlimitedRates()
{
    ServerLimits limits;
    limits.requestsPerMinutePerToken = 0;
    limits.requestsPerMinutePerClient = 0;
    limits.requestsPerMinutePerClientWorkflow = 0;
    limits.requestsPerMinutePerWorkflow = 0;
    return limits;
}

// What the served Data API list showed: each found record's field names.
using Served = QHash<QString, QSet<QString>>;

} // namespace

class tst_PreviewOverHttp : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void previewAgreesWithTheServedDataApi_data();
    void previewAgreesWithTheServedDataApi();
    void aTypeTheDataApiDoesNotExposeIsFoundByNoOne();
    void aWorkflowIgnoringPrivacyRulesFindsEverything();

private:
    void addToken(const QString &name, TokenKind kind, const QString &userId,
                  const std::function<void(Token &)> &shape = {});
    Principal principalOf(const QString &caller) const;
    std::optional<Served> servedList(const QString &apiName, const QString &caller);

    QTemporaryDir m_dir;
    Project m_project;
    ManualClock m_clock{QDateTime(QDate(2026, 3, 2), QTime(9, 0), Qt::UTC)};
    std::unique_ptr<LiveDataStore> m_live;
    std::unique_ptr<ProjectSnapshots> m_snapshots;
    std::unique_ptr<HttpServer> m_server;
    std::unique_ptr<RawHttpClient> m_client;
    QHash<QString, QString> m_secrets;
};

void tst_PreviewOverHttp::initTestCase()
{
    QVERIFY(m_dir.isValid());
    auto demo = DemoProject::build();
    QVERIFY(demo);
    m_project = demo.value();
    addToken(u"alice"_s, TokenKind::User, DemoProject::aliceId());
    addToken(u"bob"_s, TokenKind::User, DemoProject::bobId());
    addToken(u"root"_s, TokenKind::User, DemoProject::rootId());
    addToken(u"admin"_s, TokenKind::Admin, {});
    addToken(u"bob-no-find"_s, TokenKind::User, DemoProject::bobId(), [](Token &t) {
        t.scopes.allDataTypes = false;
        t.scopes.dataTypes = {DataTypeScope{.dataType = u"Transaction"_s, .view = true}};
    });
    const QString path = m_dir.filePath(u"preview.gatehouse"_s);
    QVERIFY(ProjectFile::save(m_project, path));
    auto live = LiveDataStore::open(path);
    QVERIFY2(live, qPrintable(live.errorMessage()));
    m_live = std::move(live.value());
    m_snapshots = std::make_unique<ProjectSnapshots>(std::make_shared<const Project>(m_project));
    m_server = std::make_unique<HttpServer>(
        std::make_shared<EngineHandler>(*m_snapshots, *m_live, m_clock), unlimitedRates());
    const auto port = m_server->start();
    QVERIFY2(port, qPrintable(port.errorMessage()));
    m_client = std::make_unique<RawHttpClient>(port.value());
    QVERIFY(m_client->connected());
}

void tst_PreviewOverHttp::cleanupTestCase()
{
    m_client.reset();
    m_server.reset();
}

void tst_PreviewOverHttp::addToken(const QString &name, TokenKind kind, const QString &userId,
                                   const std::function<void(Token &)> &shape)
{
    QString secret;
    m_project.tokens.append(
        test::knownToken(name, kind, userId, m_clock.now().addDays(-1), &secret, shape));
    m_secrets.insert(name, secret);
}

Principal tst_PreviewOverHttp::principalOf(const QString &caller) const
{
    if (caller == u"anonymous"_s)
        return Principals::anonymous();
    return Principals::forToken(m_project, *m_project.findToken(caller));
}

std::optional<Served> tst_PreviewOverHttp::servedList(const QString &apiName, const QString &caller)
{
    QByteArray bytes = "GET /api/1.1/obj/" + apiName.toUtf8() + " HTTP/1.1\r\nHost: localhost\r\n";
    if (m_secrets.contains(caller))
        bytes += "Authorization: Bearer " + m_secrets.value(caller).toUtf8() + "\r\n";
    m_client->send(bytes + "\r\n");
    const std::optional<RawResponse> response = m_client->read();
    if (!response)
        return std::nullopt;
    Served served;
    if (response->status != 200)
        return served; // refused: nothing found
    const QJsonObject body = response->json().value(u"response"_s).toObject();
    for (const QJsonValue &thing : body.value(u"results"_s).toArray()) {
        const QJsonObject object = thing.toObject();
        QSet<QString> keys;
        for (auto it = object.begin(); it != object.end(); ++it)
            keys.insert(it.key());
        served.insert(object.value(u"_id"_s).toString(), keys);
    }
    return served;
}

void tst_PreviewOverHttp::previewAgreesWithTheServedDataApi_data()
{
    QTest::addColumn<QString>("caller");
    for (const char *caller : {"anonymous", "alice", "bob", "root", "admin", "bob-no-find"})
        QTest::newRow(caller) << QString::fromLatin1(caller);
}

void tst_PreviewOverHttp::previewAgreesWithTheServedDataApi()
{
    QFETCH(QString, caller);
    const DataType &type = *m_project.findDataType(u"Transaction"_s);
    const auto served = servedList(type.apiName(), caller);
    QVERIFY2(served, "the server answered");
    const auto preview =
        PrivacyPreview(m_project, *m_live, m_clock).of(type.name, principalOf(caller), {});
    QVERIFY2(preview, qPrintable(preview.errorMessage()));
    QVERIFY(!preview.value().isEmpty());
    int found = 0;
    for (const RecordPreview &record : preview.value()) {
        const Record *stored = m_project.findRecord(record.recordId);
        QVERIFY(stored);
        QCOMPARE(served->contains(record.recordId), record.found);
        QVERIFY2(!record.reason.isEmpty() && !record.decidedBy.isEmpty(),
                 qPrintable(record.recordId));
        if (!record.found) {
            QCOMPARE(record.shownFields, QStringList());
            continue;
        }
        ++found;
        for (const Field &field : type.fields) {
            const bool hasValue = stored->values.contains(field.name);
            const bool servedField = served->value(record.recordId).contains(field.name);
            QVERIFY2(servedField == (hasValue && record.shownFields.contains(field.name)),
                     qPrintable(u"%1, %2: preview %3, served %4"_s.arg(
                         record.recordId, field.name, record.shownFields.join(u','),
                         QStringList(served->value(record.recordId).values()).join(u','))));
        }
    }
    QCOMPARE(found, int(served->size()));
    if (caller == u"admin"_s)
        QCOMPARE(found, int(preview.value().size())); // an admin token bypasses the rules
    if (caller == u"anonymous"_s || caller == u"bob-no-find"_s)
        QCOMPARE(found, 0);
    if (caller == u"bob"_s) {
        QVERIFY2(found > 0 && found < preview.value().size(), "bob finds his own, not alice's");
        for (const RecordPreview &record : preview.value())
            QCOMPARE(record.decidedBy, record.found ? u"rule `owner`"_s : u"everyone else"_s);
    }
}

void tst_PreviewOverHttp::aTypeTheDataApiDoesNotExposeIsFoundByNoOne()
{
    const auto served = servedList(u"user"_s, u"alice"_s);
    QVERIFY(served);
    QVERIFY(served->isEmpty());
    const auto preview = PrivacyPreview(m_project, *m_live, m_clock)
                             .of(DataType::userTypeName(), principalOf(u"alice"_s), {});
    QVERIFY(preview);
    for (const RecordPreview &record : preview.value()) {
        QVERIFY(!record.found);
        QVERIFY2(record.reason.contains(u"Data API"_s), qPrintable(record.reason));
    }
}

void tst_PreviewOverHttp::aWorkflowIgnoringPrivacyRulesFindsEverything()
{
    Project ignoring = m_project;
    Workflow &workflow = ignoring.workflows.first();
    workflow.ignorePrivacyRules = true;
    const auto preview = PrivacyPreview(ignoring, *m_live, m_clock)
                             .of(u"Transaction"_s, Principals::anonymous(), {workflow.name});
    QVERIFY(preview);
    for (const RecordPreview &record : preview.value()) {
        QVERIFY(record.found);
        QVERIFY2(record.reason.contains(u"ignores privacy rules"_s), qPrintable(record.reason));
    }
    const auto applied =
        PrivacyPreview(m_project, *m_live, m_clock)
            .of(u"Transaction"_s, Principals::anonymous(), {m_project.workflows.first().name});
    QVERIFY(applied);
    for (const RecordPreview &record : applied.value())
        QVERIFY(!record.found);
    QVERIFY(!PrivacyPreview(m_project, *m_live, m_clock)
                 .of(u"Transaction"_s, Principals::anonymous(), {u"gone"_s}));
}

QTEST_MAIN(tst_PreviewOverHttp)
#include "tst_PreviewOverHttp.moc"
