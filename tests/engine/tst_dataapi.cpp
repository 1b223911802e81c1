#include "DemoConditions.h"

#include "engine/DataApi.h"
#include "engine/MemoryDataStore.h"

#include "model/DemoProject.h"

#include <QJsonArray>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace gatehouse;

namespace {
const QDateTime kNow(QDate(2026, 6, 1), QTime(12, 0), Qt::UTC);

Principal who(const QString &name)
{
    Principal p;
    const QMap<QString, QString> users{{u"alice"_s, DemoProject::aliceId()},
                                       {u"bob"_s, DemoProject::bobId()},
                                       {u"root"_s, DemoProject::rootId()}};
    if (users.contains(name)) {
        p.kind = Principal::Kind::User;
        p.userId = users.value(name);
        p.tokenName = name;
    } else if (name == u"admin"_s || name == u"reader"_s || name == u"finder"_s ||
               name == u"viewer"_s) {
        p.kind = Principal::Kind::Admin;
        p.tokenName = name;
        if (name == u"reader"_s) {
            p.scopes.allDataTypes = false;
            p.scopes.dataTypes = {
                DataTypeScope{.dataType = u"Transaction"_s, .find = true, .view = true}};
        }
        if (name == u"finder"_s || name == u"viewer"_s) {
            p.scopes.allDataTypes = false;
            p.scopes.dataTypes = {DataTypeScope{.dataType = u"Transaction"_s,
                                                .find = name == u"finder"_s,
                                                .view = name == u"viewer"_s}};
        }
    }
    return p;
}
} // namespace

// The Data API over the demo project, for each kind of caller.
class tst_DataApi : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        auto demo = DemoProject::build();
        QVERIFY(demo.ok());
        m_project = demo.value();
        m_store = std::make_unique<MemoryDataStore>(m_project.records);
    }

    void request_data()
    {
        QTest::addColumn<QString>("caller");
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<QString>("target"); // {alice1} is alice's first transaction's id
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("expect"); // a part of the body, or of the deciding reason
        const QString list = u"/api/1.1/obj/transaction"_s;
        const QString item = u"/api/1.1/obj/transaction/{alice1}"_s;
        QTest::newRow("anonymous lists nothing") << u"anonymous"_s << QByteArray("GET") << list
                                                 << QByteArray() << 200 << u"\"count\":0"_s;
        QTest::newRow("alice lists her three")
            << u"alice"_s << QByteArray("GET") << list << QByteArray() << 200 << u"\"count\":3"_s;
        QTest::newRow("bob lists his two")
            << u"bob"_s << QByteArray("GET") << list << QByteArray() << 200 << u"\"count\":2"_s;
        QTest::newRow("root user lists all five")
            << u"root"_s << QByteArray("GET") << list << QByteArray() << 200 << u"\"count\":5"_s;
        QTest::newRow("admin token lists all five")
            << u"admin"_s << QByteArray("GET") << list << QByteArray() << 200 << u"\"count\":5"_s;
        QTest::newRow("paging") << u"admin"_s << QByteArray("GET") << list + u"?limit=2&cursor=1"_s
                                << QByteArray() << 200
                                << u"\"count\":2,\"cursor\":1,\"remaining\":2"_s;
        QTest::newRow("sorted descending") << u"alice"_s << QByteArray("GET")
                                           << list + u"?sort_field=amount&descending=true&limit=1"_s
                                           << QByteArray() << 200 << u"\"amount\":30"_s;
        QTest::newRow("alice gets hers")
            << u"alice"_s << QByteArray("GET") << item << QByteArray() << 200 << u"\"amount\":10"_s;
        QTest::newRow("bob cannot get alice's")
            << u"bob"_s << QByteArray("GET") << item << QByteArray() << 404
            << u"Missing object of type transaction: object with id"_s;
        QTest::newRow("unknown id") << u"admin"_s << QByteArray("GET") << list + u"/nope"_s
                                    << QByteArray() << 404 << u"MISSING_DATA"_s;
        QTest::newRow("alice creates")
            << u"alice"_s << QByteArray("POST") << list
            << QByteArray(R"({"account":"A9","amount":9})") << 201 << u"\"status\":\"success\""_s;
        QTest::newRow("anonymous cannot create")
            << u"anonymous"_s << QByteArray("POST") << list << QByteArray(R"({"amount":9})") << 401
            << u"Permission denied: cannot create this object"_s;
        QTest::newRow("unknown field on create")
            << u"alice"_s << QByteArray("POST") << list << QByteArray(R"({"iban":"x"})") << 400
            << u"Unrecognized field: iban"_s;
        QTest::newRow("wrong type on create")
            << u"alice"_s << QByteArray("POST") << list << QByteArray(R"({"amount":"lots"})") << 400
            << u"Invalid data for key amount"_s;
        QTest::newRow("alice modifies hers") << u"alice"_s << QByteArray("PATCH") << item
                                             << QByteArray(R"({"note":"n"})") << 204 << QString();
        // What bob cannot find, he cannot change either, nor learn it exists (P4).
        QTest::newRow("bob cannot modify alice's")
            << u"bob"_s << QByteArray("PATCH") << item << QByteArray(R"({"note":"n"})") << 404
            << u"MISSING_DATA"_s;
        QTest::newRow("root user cannot modify")
            << u"root"_s << QByteArray("PATCH") << item << QByteArray(R"({"note":"n"})") << 401
            << u"modify this object"_s;
        QTest::newRow("admin token modifies") << u"admin"_s << QByteArray("PUT") << item
                                              << QByteArray(R"({"amount":1})") << 204 << QString();
        QTest::newRow("alice deletes hers")
            << u"alice"_s << QByteArray("DELETE") << item << QByteArray() << 204 << QString();
        QTest::newRow("bob cannot delete alice's")
            << u"bob"_s << QByteArray("DELETE") << item << QByteArray() << 404 << u"MISSING_DATA"_s;
        QTest::newRow("read-only token lists")
            << u"reader"_s << QByteArray("GET") << list << QByteArray() << 200 << u"\"count\":5"_s;
        QTest::newRow("read-only token cannot delete")
            << u"reader"_s << QByteArray("DELETE") << item << QByteArray() << 403
            << u"may not delete transaction"_s;
        // Find and view are apart: list and search need find, get by id view.
        QTest::newRow("find-only token lists")
            << u"finder"_s << QByteArray("GET") << list << QByteArray() << 200 << u"\"count\":5"_s;
        QTest::newRow("find-only token cannot get by id")
            << u"finder"_s << QByteArray("GET") << item << QByteArray() << 403
            << u"token `finder` may not view Transaction"_s;
        QTest::newRow("view-only token gets by id") << u"viewer"_s << QByteArray("GET") << item
                                                    << QByteArray() << 200 << u"\"amount\":10"_s;
        QTest::newRow("view-only token cannot list")
            << u"viewer"_s << QByteArray("GET") << list << QByteArray() << 403
            << u"token `viewer` may not find Transaction"_s;
        QTest::newRow("User type is not exposed")
            << u"admin"_s << QByteArray("GET") << u"/api/1.1/obj/user"_s << QByteArray() << 404
            << u"Type not found user"_s;
        QTest::newRow("wrong method") << u"admin"_s << QByteArray("PATCH") << list << QByteArray()
                                      << 405 << u"Wrong method"_s;
        QTest::newRow("bulk needs text/plain")
            << u"admin"_s << QByteArray("POST") << list + u"/bulk"_s << QByteArray("{}") << 400
            << u"Make sure the Content-Type header is text/plain"_s;
    }

    void request()
    {
        QFETCH(QString, caller);
        QFETCH(QByteArray, method);
        QFETCH(QString, target);
        QFETCH(QByteArray, body);
        QFETCH(int, status);
        QFETCH(QString, expect);
        target.replace(u"{alice1}"_s, m_project.records.at(3).id);
        const EngineResponse response = handle(caller, method, target, body, {});
        QVERIFY2(
            response.status == status,
            qPrintable(u"%1: %2"_s.arg(response.status).arg(QString::fromUtf8(response.body))));
        const QString text = QString::fromUtf8(response.body) + response.trace.toText();
        QVERIFY2(text.contains(expect), qPrintable(text));
    }

    void createdRecordBelongsToTheCaller()
    {
        const EngineResponse response =
            handle(u"alice"_s, "POST", u"/api/1.1/obj/transaction"_s, R"({"amount":9})", {});
        QCOMPARE(response.status, 201);
        const QString id = response.jsonBody().value(u"id"_s).toString();
        const auto record = m_store->record(id).value();
        QVERIFY(record);
        QCOMPARE(record->createdBy, DemoProject::aliceId());
        QCOMPARE(record->createdDate, kNow);
    }

    void refusedWriteChangesNothing()
    {
        const QList<Record> before = m_store->all();
        handle(u"bob"_s, "DELETE", u"/api/1.1/obj/transaction/"_s + m_project.records.at(3).id, {},
               {});
        QCOMPARE(m_store->all(), before);
    }

    void bulkReportsEachLine()
    {
        const EngineResponse response =
            handle(u"admin"_s, "POST", u"/api/1.1/obj/transaction/bulk"_s,
                   "{\"amount\":1}\nnot json\n{\"iban\":2}\n", {{"Content-Type", "text/plain"}});
        QCOMPARE(response.status, 200);
        const QList<QByteArray> lines = response.body.trimmed().split('\n');
        QCOMPARE(lines.size(), 3);
        QVERIFY(lines.at(0).contains("\"status\":\"success\""));
        // The line is named by its number, never echoed.
        QVERIFY(lines.at(1).contains("Could not parse as JSON: line 2"));
        QVERIFY(lines.at(2).contains("Unrecognized field: iban"));
        QCOMPARE(m_store->recordsOfType(u"Transaction"_s).value().size(), 6);
    }

    void dataApiOff()
    {
        m_project.settings.dataApiEnabled = false;
        const EngineResponse response =
            handle(u"admin"_s, "GET", u"/api/1.1/obj/transaction"_s, {}, {});
        QCOMPARE(response.status, 404);
        QVERIFY(response.body.contains("This application does not expose a Data API"));
    }

private:
    EngineResponse handle(const QString &caller, const QByteArray &method, const QString &target,
                          const QByteArray &body, const HeaderList &headers)
    {
        const DemoConditions conditions(m_project.records);
        const PrivacyGate privacy(m_project, conditions);
        ManualClock clock(kNow);
        DataApi api(m_project, *m_store, privacy, clock);
        const EngineRequest request = EngineRequest::make(method, target, body, headers);
        Trace trace;
        const Route route = Route::parse(request.path);
        const auto resolution = DataApiGate::resolve(m_project, route, request.method, trace);
        if (auto *refusal = std::get_if<EngineResponse>(&resolution))
            return *refusal;
        return api.handle(request, route, std::get<DataApiGate::Target>(resolution), who(caller),
                          trace);
    }

    Project m_project;
    std::unique_ptr<MemoryDataStore> m_store;
};

QTEST_GUILESS_MAIN(tst_DataApi)
#include "tst_dataapi.moc"
