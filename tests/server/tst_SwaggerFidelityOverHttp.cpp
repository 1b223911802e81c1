#include "FidelityServer.h"

using namespace Qt::Literals::StringLiterals;
using namespace gatehouse;

// The Swagger file's shapes as Bubble writes them
// (shared/reference/bubble-api.md §8.1), read over the real server.
class tst_SwaggerFidelityOverHttp : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        QVERIFY(m_server.serve([](Project &p) { p.settings.swaggerEnabled = true; }));
        const auto response = m_server.get("/api/1.1/meta/swagger.json");
        QVERIFY(response);
        QCOMPARE(response->status, 200);
        m_swagger = response->json();
    }
    void cleanup() { m_server.server.reset(); }

    void infoHostAndSchemes()
    {
        QCOMPARE(m_swagger[u"info"_s][u"contact"_s][u"email"_s].toString(),
                 u"paymentsdemo-no-reply@bubbleapps.io"_s);
        // A local server names itself, where Bubble writes <app>.bubbleapps.io.
        QCOMPARE(m_swagger[u"host"_s].toString(), u"localhost"_s);
        QCOMPARE(m_swagger[u"schemes"_s].toArray(), (QJsonArray{u"http"_s}));
    }

    void globalSecurity()
    {
        const QJsonArray security = m_swagger[u"security"_s].toArray();
        QVERIFY(security.contains(QJsonObject{{u"api_token"_s, QJsonArray{}}}));
        QVERIFY(security.contains(QJsonObject{{u"bearer"_s, QJsonArray{}}}));
    }

    void definitionsHaveASlug()
    {
        const QJsonObject thing = m_swagger[u"definitions"_s][u"transaction"_s].toObject();
        QCOMPARE(thing[u"properties"_s][u"Slug"_s][u"type"_s].toString(), u"string"_s);
    }

    void limitIsInt32WithBubblesDefaultAndMaximum()
    {
        QJsonObject limit;
        QJsonObject cursor;
        const QJsonArray parameters =
            m_swagger[u"paths"_s][u"/obj/transaction"_s][u"get"_s][u"parameters"_s].toArray();
        for (const QJsonValue &parameter : parameters) {
            if (parameter[u"name"_s] == u"limit"_s)
                limit = parameter.toObject();
            if (parameter[u"name"_s] == u"cursor"_s)
                cursor = parameter.toObject();
        }
        QCOMPARE(limit[u"type"_s].toString(), u"integer"_s);
        QCOMPARE(limit[u"format"_s].toString(), u"int32"_s);
        QCOMPARE(limit[u"default"_s].toInt(), 50);
        QCOMPARE(limit[u"maximum"_s].toInt(), 100);
        QCOMPARE(cursor[u"format"_s].toString(), u"int32"_s);
    }

    void createIs201AndModifyIs204()
    {
        const QJsonObject paths = m_swagger[u"paths"_s].toObject();
        const QJsonObject create =
            paths[u"/obj/transaction"_s][u"post"_s][u"responses"_s].toObject();
        QVERIFY(create.contains(u"201"_s));
        QVERIFY(!create.contains(u"200"_s));
        const QJsonObject item = paths[u"/obj/transaction/{UniqueID}"_s].toObject();
        for (const QString &method : {u"patch"_s, u"put"_s, u"delete"_s}) {
            const QJsonObject responses = item[method][u"responses"_s].toObject();
            QVERIFY2(responses.contains(u"204"_s), qPrintable(method));
            QVERIFY2(!responses.contains(u"200"_s), qPrintable(method));
        }
    }

    // 400 {status, message}; 401, 404, 405, 429, 503 {message}; 500 {code, message}.
    void everyOperationListsBubblesErrorCodes()
    {
        const QJsonObject paths = m_swagger[u"paths"_s].toObject();
        int operations = 0;
        for (const QJsonValue &path : paths) {
            for (const QJsonValue &operation : path.toObject()) {
                ++operations;
                const QJsonObject responses = operation[u"responses"_s].toObject();
                auto properties = [&](const QString &code) {
                    return responses[code][u"schema"_s][u"properties"_s].toObject().keys();
                };
                QCOMPARE(properties(u"400"_s), (QStringList{u"message"_s, u"status"_s}));
                for (const QString &code : {u"401"_s, u"404"_s, u"405"_s, u"429"_s, u"503"_s})
                    QCOMPARE(properties(code), QStringList{u"message"_s});
                QCOMPARE(properties(u"500"_s), (QStringList{u"code"_s, u"message"_s}));
            }
        }
        QVERIFY(operations > 6);
    }

    void workflowFailureIs400()
    {
        const QJsonObject ping =
            m_swagger[u"paths"_s][u"/wf/public_ping"_s][u"post"_s][u"responses"_s].toObject();
        QCOMPARE(ping[u"400"_s][u"description"_s].toString(), u"Workflow failure"_s);
        QCOMPARE(ping[u"200"_s][u"description"_s].toString(), u"Workflow response"_s);
    }

    void loginWorkflowListsItsToken()
    {
        const QJsonObject response =
            m_swagger[u"paths"_s][u"/wf/issue_token"_s][u"post"_s][u"responses"_s][u"200"_s]
                     [u"schema"_s][u"properties"_s][u"response"_s]
                         .toObject();
        const QJsonObject properties = response[u"properties"_s].toObject();
        QCOMPARE(properties[u"user_id"_s][u"type"_s].toString(), u"string"_s);
        QCOMPARE(properties[u"token"_s][u"type"_s].toString(), u"string"_s);
        QCOMPARE(properties[u"expires"_s][u"type"_s].toString(), u"number"_s);
        QCOMPARE(properties[u"expires"_s][u"format"_s].toString(), u"float"_s);
        // A workflow that logs nobody in lists no token.
        const QJsonObject ping =
            m_swagger[u"paths"_s][u"/wf/public_ping"_s][u"post"_s][u"responses"_s][u"200"_s]
                     [u"schema"_s][u"properties"_s][u"response"_s]
                         .toObject();
        QVERIFY(!ping[u"properties"_s].toObject().contains(u"token"_s));
    }

private:
    FidelityServer m_server;
    QJsonObject m_swagger;
};

QTEST_GUILESS_MAIN(tst_SwaggerFidelityOverHttp)
#include "tst_SwaggerFidelityOverHttp.moc"
