#include "exchange/ConfigFile.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace gatehouse;

namespace {
const QByteArray kHeader = R"({"format": "gatehouse-config", "version": 1, "name": "t", )";
const QByteArray kUser = R"({"name": "User", "fields": [{"name": "email", "type": "text"}]})";
const QByteArray kOrder = R"({"name": "Order", "fields": [{"name": "amount", "type": "number"}]})";
const QByteArray kPing = R"({"name": "ping", "exposed": true, "authentication": "none_required"})";
const QByteArray kAdminScopes =
    R"("scopes": {"allWorkflows": true, "allDataTypes": true, "privateFiles": true})";
const QByteArray kAlice =
    R"({"id": "u1", "type": "User", "values": {"email": "alice@example.com"}})";

// A config with the User and Order types and `rest` after them.
QByteArray config(const QByteArray &rest = {})
{
    return kHeader + R"("dataTypes": [)" + kUser + ", " + kOrder + "]" + rest + "}";
}

QByteArray withWorkflows(const QByteArray &workflows)
{
    return config(R"(, "workflows": [)" + workflows + "]");
}

QByteArray withTokens(const QByteArray &tokens)
{
    return config(R"(, "workflows": [)" + kPing + R"(], "tokens": [)" + tokens + "]");
}

QByteArray withRecords(const QByteArray &records)
{
    return config(R"(, "records": [)" + records + "]");
}

QByteArray withRequests(const QByteArray &requests)
{
    return config(R"(, "workflows": [)" + kPing + R"(], "savedRequests": [)" + requests + "]");
}

QByteArray withAccepted(const QByteArray &accepted)
{
    return config(R"(, "acceptedFindings": [)" + accepted + "]");
}

const QByteArray kAccepted =
    R"({"check": "swagger-enabled", "setting": "settings/swaggerEnabled", "reason": "docs site"})";

const QByteArray kPingRequest =
    R"({"name": "ping", "workflow": "ping", "as": "anonymous", "expectedStatus": 200})";
} // namespace

class tst_ConfigErrors : public QObject
{
    Q_OBJECT

private slots:
    void baseConfigsAreValid_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::newRow("types") << config();
        QTest::newRow("workflow") << withWorkflows(kPing);
        QTest::newRow("token") << withTokens(
            R"({"name": "ci", "kind": "admin", "prefix": "gh_adm_0000",
                              "created": "2026-01-05T09:00:00.000Z", )" +
            kAdminScopes + "}");
        QTest::newRow("record") << withRecords(kAlice);
        QTest::newRow("saved request") << withRequests(kPingRequest);
    }
    // The rows below break these in one place each; they must be fine as they are.
    void baseConfigsAreValid()
    {
        QFETCH(QByteArray, json);
        auto read = ConfigFile::fromJson(json, u"good.json"_s);
        QVERIFY2(read.ok(), qPrintable(read.errorMessage()));
    }

    void badConfigIsRefused_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("expected");
        QTest::newRow("not json") << QByteArray("gatehouse")
                                  << u"line 1, column 1: not valid JSON: illegal value"_s;
        QTest::newRow("syntax error")
            << QByteArray("{\n  \"format\": \"gatehouse-config\",\n  \"version\": 1,,\n}")
            << u"line 3, column 16: not valid JSON: unterminated object"_s;
        QTest::newRow("not utf-8") << QByteArray("{\"name\": \"caf\xe9\"}")
                                   << u"line 1, column 14: not valid JSON: invalid UTF8 string"_s;
        QTest::newRow("empty") << QByteArray(" \n") << u"the file is empty"_s;
        QTest::newRow("top level array") << QByteArray("[]") << u"$: a config is a JSON object"_s;
        QTest::newRow("wrong format marker")
            << QByteArray(R"({"format": "openapi", "version": 1})")
            << u"$.format: not a Gatehouse config: expected `gatehouse-config`, found `openapi`"_s;
        QTest::newRow("no format marker")
            << QByteArray(R"({"name": "x"})") << u"$.format: not a Gatehouse config"_s;
        QTest::newRow("newer version")
            << QByteArray(R"({"format": "gatehouse-config", "version": 2})")
            << u"$.version: this config is format version 2, newer than this Gatehouse reads"_s;
        QTest::newRow("wrong type at top")
            << QByteArray(kHeader).replace("\"t\"", "5") + R"("dataTypes": [)" + kUser + "]}"
            << u"$.name: expected a string, found a number"_s;
        QTest::newRow("wrong type nested")
            << withWorkflows(R"({"name": "w", "exposed": "yes", "authentication": "admin_only"})")
            << u"$.workflows[0].exposed: expected true or false, found a string"_s;
        QTest::newRow("element of wrong type")
            << withWorkflows("42") << u"$.workflows[0]: expected an object, found a number"_s;
        QTest::newRow("unknown key")
            << withWorkflows(R"({"nmae": "w", "exposed": true, "authentication": "admin_only"})")
            << u"$.workflows[0].nmae: unknown key `nmae`; the keys here are: name, "_s;
        QTest::newRow("missing required key")
            << withWorkflows(R"({"name": "w", "exposed": true})")
            << u"$.workflows[0]: missing required key `authentication`"_s;
        QTest::newRow("invalid enum id")
            << withWorkflows(R"({"name": "w", "exposed": true, "authentication": "sometimes"})")
            << u"$.workflows[0].authentication: unknown value `sometimes`; expected one of: "
               "none_required, user_and_admin, admin_only"_s;
        QTest::newRow("unknown action kind")
            << withWorkflows(kPing.chopped(1) + R"(, "actions": [{"kind": "launch"}]})")
            << u"$.workflows[0].actions[0].kind: unknown value `launch`"_s;
        QTest::newRow("duplicate key")
            << withWorkflows(R"({"name": "a", "exposed": true, "authentication": "admin_only",
                  "name": "b"})")
            << u"$.workflows[0].name: the key `name` appears twice in this object"_s;
        QTest::newRow("duplicate key spelt with an escape")
            << config(R"(, "settings": {"swaggerEnabled": true, "swaggerEnabled": false})")
            << u"$.settings.swaggerEnabled: the key `swaggerEnabled` appears twice"_s;
        QTest::newRow("duplicate workflow name")
            << withWorkflows(kPing + ", " + kPing)
            << u"$.workflows[1].name: workflow `ping`: another workflow already has this name"_s;
        QTest::newRow("duplicate field name")
            << kHeader + R"("dataTypes": [)" + kUser +
                   R"(, {"name": "Order", "fields": [{"name": "qty", "type": "number"},
                                                      {"name": "qty", "type": "text"}]}]})"
            << u"$.dataTypes[1].fields[1].name: data type `Order`, field `qty`: the type has two "
               "fields of this name"_s;
        QTest::newRow("reference without its type")
            << config(R"(, "workflows": [{"name": "w", "exposed": true, "authentication":
                  "admin_only", "parameters": [{"key": "o", "type": "reference"}]}])")
            << u"$.workflows[0].parameters[0]: missing required key `referencedType`"_s;
        QTest::newRow("action uses unknown data type")
            << withWorkflows(kPing.chopped(1) +
                             R"(, "actions": [{"kind": "create_thing", "dataType": "Ghost"}]})")
            << u"$.workflows[0].actions[0]: workflow `ping`, step 1: uses data type `Ghost`, which "
               "does not exist"_s;
        QTest::newRow("token scope names unknown workflow")
            << withTokens(R"({"name": "ci", "kind": "admin", "prefix": "gh_adm_0000",
                  "created": null, "scopes": {"allWorkflows": false, "workflows": ["ghost"],
                  "allDataTypes": true, "privateFiles": false}})")
            << u"$.tokens[0]: token `ci`: its scope names workflow `ghost`, which does not exist"_s;
        QTest::newRow("token scopes left out")
            << withTokens(R"({"name": "ci", "kind": "admin", "prefix": "p", "created": null})")
            << u"$.tokens[0]: missing required key `scopes`"_s;
        QTest::newRow("name not url-safe")
            << withWorkflows(
                   R"({"name": "create order", "exposed": true, "authentication": "admin_only"})")
            << u"$.workflows[0].name: workflow `create order`: a workflow name is part of its URL"_s;
        QTest::newRow("secret hash smuggled into a token")
            << withTokens(R"({"name": "ci", "kind": "admin", "prefix": "p", "created": null,
                  "secretHash": "9f2c4e7a", )" +
                          kAdminScopes + "}")
            << u"$.tokens[0].secretHash: a config never carries secrets; remove this key"_s;
        QTest::newRow("password hash smuggled into a record")
            << withRecords(kAlice.chopped(1) + R"(, "passwordHash": "x"})")
            << u"$.records[0].passwordHash: a config never carries secrets; remove this key"_s;
        QTest::newRow("password smuggled into settings")
            << config(R"(, "settings": {"password_hash": "x"})")
            << u"$.settings.password_hash: a config never carries secrets; remove this key"_s;
        QTest::newRow("hash smuggled into a record's values")
            << withRecords(R"({"id": "u1", "type": "User", "values": {"email":
                  "$argon2id$v=19$m=65536,t=2,p=1$c2FsdA$aGFzaA"}})")
            << u"$.records[0].values.email: a config never carries password hashes; remove this "
               "value"_s;
        QTest::newRow("record value of the wrong type")
            << withRecords(kAlice +
                           R"(, {"id": "t1", "type": "Order", "values": {"amount": "ten"}})")
            << u"$.records[1].values.amount: record `t1`, field `amount`: expected a number"_s;
        QTest::newRow("duplicate record id")
            << withRecords(kAlice + R"(, {"id": "u1", "type": "Order"})")
            << u"$.records[1].id: record `u1`: two records have this id"_s;
        QTest::newRow("not a date")
            << withTokens(
                   R"({"name": "ci", "kind": "admin", "prefix": "p", "created": "yesterday", )" +
                   kAdminScopes + "}")
            << u"$.tokens[0].created: `yesterday` is not a date"_s;
        QTest::newRow("date of the wrong type")
            << withTokens(
                   R"({"name": "ci", "kind": "admin", "prefix": "p", "created": 20260105, )" +
                   kAdminScopes + "}")
            << u"$.tokens[0].created: expected a date (an ISO 8601 string) or null, found a number"_s;
        QTest::newRow("huge version")
            << QByteArray(R"({"format": "gatehouse-config", "version": 1e300})")
            << u"$.version: this config is format version 1e+300, newer"_s;
        QTest::newRow("fractional version")
            << QByteArray(R"({"format": "gatehouse-config", "version": 1.5})")
            << u"$.version: expected the format version, a whole number from 1"_s;
        QTest::newRow("fractional limit")
            << config(R"(, "settings": {"limits": {"requestLogSize": 1.5}})")
            << u"$.settings.limits.requestLogSize: expected a whole number"_s;
        QTest::newRow("negative lifetime")
            << config(R"(, "settings": {"userTokenLifetimeSeconds": -1})")
            << u"$.settings.userTokenLifetimeSeconds: expected a whole number from 1 to "_s;
        QTest::newRow("data api names unknown type")
            << config(R"(, "settings": {"dataApiTypes": ["Ghost"]})")
            << u"$.settings.dataApiTypes: settings: the Data API exposes `Ghost`"_s;
        QTest::newRow("saved request without a target")
            << withRequests(R"({"name": "x", "as": "anonymous", "expectedStatus": 200})")
            << u"$.savedRequests[0]: a saved request calls either a `workflow` or a `dataType`"_s;
        QTest::newRow("saved request with both targets")
            << withRequests(R"({"name": "x", "workflow": "ping", "dataType": "Order",
                  "operation": "list", "as": "anonymous", "expectedStatus": 200})")
            << u"$.savedRequests[0]: a saved request calls either"_s;
        QTest::newRow("saved request acts as a raw header")
            << withRequests(QByteArray(kPingRequest).replace("anonymous", "Bearer abc"))
            << u"$.savedRequests[0].as: `Bearer abc` is neither `anonymous`"_s;
        QTest::newRow("saved request with an unknown operation")
            << withRequests(R"({"name": "x", "dataType": "Order", "operation": "purge",
                  "as": "anonymous", "expectedStatus": 200})")
            << u"$.savedRequests[0].operation: unknown value `purge`; expected one of: list, get"_s;
        QTest::newRow("saved get without an id")
            << withRequests(R"({"name": "x", "dataType": "Order", "operation": "get",
                  "as": "anonymous", "expectedStatus": 200})")
            << u"$.savedRequests[0]: missing required key `recordId`"_s;
        QTest::newRow("saved request expects no status")
            << withRequests(QByteArray(kPingRequest).replace("200", "42"))
            << u"$.savedRequests[0].expectedStatus: expected a whole number from 100 to 599"_s;
        QTest::newRow("saved request with a query that is not pairs")
            << withRequests(QByteArray(kPingRequest).chopped(1) + R"(, "query": [["a", "b"]]})")
            << u"$.savedRequests[0].query[0]: expected an object"_s;
        QTest::newRow("two saved requests with one name")
            << withRequests(kPingRequest + ", " + kPingRequest)
            << u"$.savedRequests[1].name: saved request `ping`: two saved requests have this name"_s;
        QTest::newRow("accepted finding without a reason")
            << withAccepted(QByteArray(kAccepted).replace("docs site", "  "))
            << u"$.acceptedFindings[0].reason: accepted finding `swagger-enabled` at "
               "`settings/swaggerEnabled`: an accepted finding needs a reason"_s;
        QTest::newRow("accepted finding without its setting")
            << withAccepted(R"({"check": "swagger-enabled", "reason": "docs site"})")
            << u"$.acceptedFindings[0]: missing required key `setting`"_s;
        QTest::newRow("one finding accepted twice")
            << withAccepted(kAccepted + ", " + kAccepted)
            << u"$.acceptedFindings[1]: accepted finding `swagger-enabled` at "
               "`settings/swaggerEnabled`: this finding is accepted twice"_s;
        QTest::newRow("no User type")
            << kHeader + R"("dataTypes": [)" + kOrder + "]}"
            << u"$.dataTypes: data types: the built-in data type `User` is missing"_s;
    }
    void badConfigIsRefused()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, expected);
        auto read = ConfigFile::fromJson(json, u"bad.json"_s);
        QVERIFY2(!read.ok(), "a bad config was accepted");
        const QString message = read.errorMessage();
        QVERIFY2(message.startsWith(u"bad.json: "_s), qPrintable(message));
        QVERIFY2(message.contains(expected), qPrintable(message));
        QVERIFY2(!message.contains(u"$argon2"_s), qPrintable(message));
    }

    // Reading a bad file touches neither it nor the file an import would write.
    void badFileLeavesFilesUntouched()
    {
        QTemporaryDir dir;
        const QString input = dir.filePath(u"a.json"_s);
        const QString output = dir.filePath(u"y.json"_s);
        const QByteArray bad = withWorkflows(kPing + ", " + kPing);
        QFile in(input);
        QVERIFY(in.open(QIODevice::WriteOnly) && in.write(bad) == bad.size());
        in.close();
        QFile out(output);
        QVERIFY(out.open(QIODevice::WriteOnly) && out.write("previous\n") == 9);
        out.close();

        auto read = ConfigFile::read(input);
        QVERIFY(!read.ok());
        QVERIFY2(read.errorMessage().startsWith(input + u": $.workflows[1].name: "_s),
                 qPrintable(read.errorMessage()));
        QVERIFY(in.open(QIODevice::ReadOnly));
        QCOMPARE(in.readAll(), bad);
        QVERIFY(out.open(QIODevice::ReadOnly));
        QCOMPARE(out.readAll(), QByteArray("previous\n"));
    }
};

QTEST_GUILESS_MAIN(tst_ConfigErrors)
#include "tst_configerrors.moc"
