#include "AuditFixtures.h"

#include "audit/OpenApiDocument.h"
#include "engine/AccessQuestion.h"
#include "engine/MemoryDataStore.h"
#include "model/DemoProject.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace gatehouse;
using namespace gatehouse::test;
using Version = audit::OpenApiSchemas::Version;

// The OpenAPI export says what the engine serves: exactly the operations it
// routes, the token it asks for, and the statuses it answers with.
class tst_OpenApi : public QObject
{
    Q_OBJECT

    Project m_demo;

    QJsonObject operation(const QJsonObject &doc, const QString &path, const QString &method)
    {
        return doc[u"paths"_s][path][method].toObject();
    }

private slots:
    void initTestCase()
    {
        auto demo = DemoProject::build();
        QVERIFY(demo.ok());
        m_demo = demo.value();
    }

    void listsWhatTheEngineRoutes()
    {
        const QJsonObject doc = audit::OpenApiDocument::build(m_demo, Version::V31);
        QCOMPARE(doc[u"openapi"_s].toString(), u"3.1.0"_s);
        const QJsonObject paths = doc[u"paths"_s].toObject();
        const MemoryDataStore store(m_demo.records);
        const ManualClock clock(auditNow());
        const AccessQuestion question(m_demo, store, clock);
        Principal admin;
        admin.kind = Principal::Kind::Admin;
        for (const Workflow &w : m_demo.workflows) {
            const bool routed = question.workflow(w.name, admin).allowed();
            QCOMPARE(paths.contains(u"/wf/"_s + w.name), routed);
        }
        QVERIFY(!paths.contains(u"/wf/internal_recalc"_s));
        QVERIFY(paths.contains(u"/obj/transaction"_s));
        QVERIFY(paths.contains(u"/obj/transaction/{id}"_s));
        QVERIFY(!paths.contains(u"/obj/user"_s));
        // The record's id has an example of the engine's own shape, which
        // its schema accepts: a tool that calls each operation needs one.
        const QJsonObject id = paths[u"/obj/transaction/{id}"_s][u"parameters"_s][0].toObject();
        const QString example = id[u"example"_s].toString();
        QVERIFY(
            QRegularExpression(id[u"schema"_s][u"pattern"_s].toString()).match(example).hasMatch());
        QCOMPARE(example.size(), DemoProject::aliceId().size());
    }

    void answersAsTheEngineDoes()
    {
        const QJsonObject doc = audit::OpenApiDocument::build(m_demo, Version::V31);
        const auto responses = [&](const QString &path, const QString &method) {
            return operation(doc, path, method)[u"responses"_s].toObject();
        };
        QVERIFY(responses(u"/obj/transaction"_s, u"post"_s).contains(u"201"_s));
        QVERIFY(!responses(u"/obj/transaction"_s, u"post"_s).contains(u"200"_s));
        for (const QString &method : {u"patch"_s, u"put"_s, u"delete"_s}) {
            QVERIFY2(responses(u"/obj/transaction/{id}"_s, method).contains(u"204"_s),
                     qPrintable(method));
            QVERIFY(!responses(u"/obj/transaction/{id}"_s, method).contains(u"200"_s));
        }
        const QJsonObject login = responses(u"/wf/issue_token"_s, u"post"_s);
        for (const QString &status : {u"200"_s, u"400"_s, u"401"_s, u"404"_s, u"405"_s, u"429"_s})
            QVERIFY2(login.contains(status), qPrintable(status));
        const QJsonObject keys = login[u"200"_s][u"content"_s][u"application/json"_s][u"schema"_s]
                                      [u"properties"_s][u"response"_s][u"properties"_s]
                                          .toObject();
        QCOMPARE(keys.keys(), (QStringList{u"expires"_s, u"token"_s, u"user_id"_s}));
        const QJsonObject created =
            responses(u"/wf/create_transaction"_s,
                      u"post"_s)[u"200"_s][u"content"_s][u"application/json"_s][u"schema"_s]
                                [u"properties"_s][u"response"_s][u"properties"_s]
                                    .toObject();
        QCOMPARE(created.keys(), (QStringList{u"amount"_s, u"id"_s}));
    }

    void securityIsTheEngines()
    {
        const QJsonObject doc = audit::OpenApiDocument::build(m_demo, Version::V31);
        const auto security = [&](const QString &workflow) {
            return operation(doc, u"/wf/"_s + workflow, u"post"_s)[u"security"_s].toArray();
        };
        // None required: a token is optional ({} or bearer).
        QCOMPARE(security(u"public_ping"_s).size(), 2);
        QVERIFY(security(u"public_ping"_s).contains(QJsonObject{}));
        QCOMPARE(security(u"create_transaction"_s).size(), 1);
        QVERIFY(!security(u"admin_cleanup"_s).contains(QJsonObject{}));
        const QJsonObject schemes = doc[u"components"_s][u"securitySchemes"_s].toObject();
        QCOMPARE(schemes.keys(), (QStringList{u"adminBearer"_s, u"bearer"_s}));
        const QJsonArray adminOnly{QJsonObject{{u"adminBearer"_s, QJsonArray{}}}};
        QCOMPARE(security(u"admin_cleanup"_s), adminOnly);
        QCOMPARE(schemes[u"bearer"_s][u"scheme"_s].toString(), u"bearer"_s);
    }

    void turnedOffApisDescribeNothing()
    {
        Project off = m_demo;
        off.settings.workflowApiEnabled = false;
        off.settings.dataApiEnabled = false;
        const QJsonObject doc = audit::OpenApiDocument::build(off, Version::V31);
        QVERIFY(doc[u"paths"_s].toObject().isEmpty());
    }

    void version30WritesNullsItsOwnWay()
    {
        const QJsonObject v30 = audit::OpenApiDocument::build(m_demo, Version::V30);
        QCOMPARE(v30[u"openapi"_s].toString(), u"3.0.3"_s);
        const QJsonObject message30 =
            v30[u"components"_s][u"schemas"_s][u"Unauthorized"_s][u"properties"_s][u"message"_s]
                .toObject();
        QCOMPARE(message30[u"nullable"_s].toBool(), true);
        const QJsonObject v31 = audit::OpenApiDocument::build(m_demo, Version::V31);
        const QJsonObject message31 =
            v31[u"components"_s][u"schemas"_s][u"Unauthorized"_s][u"properties"_s][u"message"_s]
                .toObject();
        QCOMPARE(message31[u"type"_s].toString(), u"null"_s);
    }

    void carriesNoSecret()
    {
        const QByteArray text = audit::OpenApiDocument::write(m_demo, Version::V31);
        QVERIFY(!text.contains("argon2"));
        QVERIFY(!text.contains("alice-password"));
    }
};

QTEST_GUILESS_MAIN(tst_OpenApi)
#include "tst_openapi.moc"
