#include "FidelityServer.h"

using namespace Qt::Literals::StringLiterals;
using namespace gatehouse;

namespace {
Record transaction(const QString &id, int minute, const QString &account, double amount,
                   const QString &note = {})
{
    Record r;
    r.id = id;
    r.type = u"Transaction"_s;
    r.createdDate = r.modifiedDate =
        QDateTime(QDate(2026, 1, 1), QTime(8, 0), Qt::UTC).addSecs(minute * 60LL);
    r.createdBy = DemoProject::aliceId();
    r.values = {{u"account"_s, account}, {u"phone"_s, u"1"_s}, {u"amount"_s, amount}};
    if (!note.isEmpty())
        r.values.insert(u"note"_s, note);
    return r;
}

QStringList idsOf(const QJsonArray &results)
{
    QStringList ids;
    for (const QJsonValue &thing : results)
        ids.append(thing[u"_id"_s].toString());
    return ids;
}

// Only these records, so each test knows the whole list.
void onlyTransactions(Project &project, const QList<Record> &transactions)
{
    QList<Record> kept;
    for (const Record &record : project.records) {
        if (record.type != u"Transaction"_s)
            kept.append(record);
    }
    project.records = kept + transactions;
}
} // namespace

// The Data API's searches and writes as Bubble answers them
// (shared/reference/bubble-api.md §4.4, §5.2), over the real server.
class tst_DataFidelityOverHttp : public QObject
{
    Q_OBJECT

private slots:
    void cleanup() { m_server.server.reset(); }

    // Records stored out of date order still list by Created Date.
    void listIsSortedByCreatedDateByDefault()
    {
        QVERIFY(m_server.serve([](Project &p) {
            onlyTransactions(p, {transaction(u"late"_s, 30, u"A"_s, 1),
                                 transaction(u"early"_s, 10, u"B"_s, 2),
                                 transaction(u"middle"_s, 20, u"C"_s, 3)});
        }));
        const QJsonArray results = m_server.list("transaction", "", m_server.adminSecret);
        QCOMPARE(idsOf(results), (QStringList{u"early"_s, u"middle"_s, u"late"_s}));
    }

    void additionalSortFieldsOrderTies()
    {
        QVERIFY(m_server.serve([](Project &p) {
            onlyTransactions(
                p, {transaction(u"a5"_s, 1, u"A"_s, 5), transaction(u"c5"_s, 2, u"C"_s, 5),
                    transaction(u"b9"_s, 3, u"B"_s, 9), transaction(u"b5"_s, 4, u"B"_s, 5)});
        }));
        const QByteArray extra =
            FidelityServer::encoded(R"([{"sort_field":"account","descending":true}])");
        const QJsonArray results =
            m_server.list("transaction", "sort_field=amount&additional_sort_fields=" + extra,
                          m_server.adminSecret);
        QCOMPARE(idsOf(results), (QStringList{u"c5"_s, u"b5"_s, u"a5"_s, u"b9"_s}));
    }

    void additionalSortFieldsMustBeSortable()
    {
        QVERIFY(m_server.serve());
        const auto response =
            m_server.get("/api/1.1/obj/transaction?additional_sort_fields=" +
                             FidelityServer::encoded(R"([{"sort_field":"nope"}])"),
                         m_server.adminSecret);
        QVERIFY(response);
        QCOMPARE(response->status, 400);
        QVERIFY(response->json()[u"body"_s][u"message"_s].toString().contains(u"nope"_s));
    }

    // Everyone may find transactions and see every field but `amount`: a
    // sort on `amount` must not rank them by the hidden value.
    void sortOnAFieldTheCallerMayNotViewDoesNotOrder()
    {
        QVERIFY(m_server.serve([](Project &p) {
            onlyTransactions(p, {transaction(u"first"_s, 1, u"A"_s, 20),
                                 transaction(u"second"_s, 2, u"B"_s, 90),
                                 transaction(u"third"_s, 3, u"C"_s, 50)});
            DataType &type = p.dataTypes[p.indexOfDataType(u"Transaction"_s)];
            type.everyoneElse.findInSearches = true;
            type.everyoneElse.viewableFields = {u"account"_s, u"phone"_s, u"note"_s};
        }));
        const QJsonArray results =
            m_server.list("transaction", "sort_field=amount&descending=true", {});
        QCOMPARE(idsOf(results), (QStringList{u"first"_s, u"second"_s, u"third"_s}));
        for (const QJsonValue &thing : results)
            QVERIFY(!thing.toObject().contains(u"amount"_s));
        // The same sort by the admin, who sees the amounts, does order.
        QCOMPARE(idsOf(m_server.list("transaction", "sort_field=amount&descending=true",
                                     m_server.adminSecret)),
                 (QStringList{u"second"_s, u"third"_s, u"first"_s}));
    }

    // A type nobody made private is public in Bubble: no rules, everything
    // allowed, every field shown to anyone.
    void aTypeNobodyMadePrivateIsPublic()
    {
        QVERIFY(m_server.serve([](Project &p) {
            DataType note;
            note.name = u"Note"_s;
            note.fields = {Field{u"text"_s, FieldType::text()}};
            p.dataTypes.append(note);
            p.settings.dataApiTypes.append(u"Note"_s);
            Record record;
            record.id = u"1767000000000x100000000000000901"_s;
            record.type = u"Note"_s;
            record.createdDate = record.modifiedDate =
                QDateTime(QDate(2026, 1, 1), QTime(8, 0), Qt::UTC);
            record.values = {{u"text"_s, u"anyone reads this"_s}};
            p.records.append(record);
        }));
        const QJsonArray results = m_server.list("note", "", {});
        QCOMPARE(results.size(), 1);
        QCOMPARE(results.first()[u"text"_s].toString(), u"anyone reads this"_s);
    }

    // A constraint on a field the caller may not view is not applied, as
    // in Bubble: the search finds all it may find, and reveals nothing of
    // the hidden field.
    void aConstraintOnAFieldTheCallerMayNotViewIsNotApplied()
    {
        QVERIFY(m_server.serve([](Project &p) {
            onlyTransactions(p, {transaction(u"first"_s, 1, u"A"_s, 20),
                                 transaction(u"second"_s, 2, u"B"_s, 90)});
            DataType &type = p.dataTypes[p.indexOfDataType(u"Transaction"_s)];
            type.everyoneElse.findInSearches = true;
            type.everyoneElse.viewableFields = {u"account"_s, u"phone"_s, u"note"_s};
        }));
        const QByteArray onAmount = FidelityServer::encoded(
            R"([{"key":"amount","constraint_type":"greater than","value":50}])");
        QCOMPARE(idsOf(m_server.list("transaction", "constraints=" + onAmount, {})),
                 (QStringList{u"first"_s, u"second"_s}));
        // On a field it may view, the constraint holds.
        const QByteArray onAccount = FidelityServer::encoded(
            R"([{"key":"account","constraint_type":"equals","value":"B"}])");
        QCOMPARE(idsOf(m_server.list("transaction", "constraints=" + onAccount, {})),
                 (QStringList{u"second"_s}));
        // The admin, who views the amounts, is constrained by them.
        QCOMPARE(
            idsOf(m_server.list("transaction", "constraints=" + onAmount, m_server.adminSecret)),
            (QStringList{u"second"_s}));
    }

    // A workflow's search is constrained as the Data API's is: a
    // constraint on a field the caller may not view is not applied, so the
    // count is of everything it may find, and says nothing of the field.
    void aWorkflowSearchIgnoresAConstraintOnAFieldTheCallerMayNotView()
    {
        QVERIFY(m_server.serve([](Project &p) {
            onlyTransactions(
                p, {transaction(u"small"_s, 1, u"A"_s, 20), transaction(u"big"_s, 2, u"B"_s, 90)});
            DataType &type = p.dataTypes[p.indexOfDataType(u"Transaction"_s)];
            type.everyoneElse.findInSearches = true;
            type.everyoneElse.viewableFields = {u"account"_s, u"phone"_s, u"note"_s};
            Workflow count;
            count.name = u"count_big"_s;
            count.authentication = AuthMode::NoneRequired;
            Action answer;
            answer.kind = ActionKind::ReturnData;
            answer.assignments = {
                {u"big"_s, u"(Search for Transactions where amount > 50):count"_s},
                {u"b"_s, u"(Search for Transactions where account is \"B\"):count"_s}};
            count.actions = {answer};
            p.workflows.append(count);
        }));
        const auto anonymous = m_server.post("/api/1.1/wf/count_big", {});
        QVERIFY(anonymous);
        QCOMPARE(anonymous->status, 200);
        QCOMPARE(anonymous->json()[u"response"_s][u"big"_s].toInt(), 2);
        QCOMPARE(anonymous->json()[u"response"_s][u"b"_s].toInt(), 1);
        // The admin token bypasses privacy here and is constrained by the amounts.
        const auto admin = m_server.post("/api/1.1/wf/count_big", {}, m_server.adminSecret);
        QVERIFY(admin);
        QCOMPARE(admin->json()[u"response"_s][u"big"_s].toInt(), 1);
    }

    // "This Transaction's Creator's admin is yes" reads two fields deep:
    // in Bubble such a condition cannot grant "find in searches".
    void aConditionTwoReferencesDeepCannotGrantFind()
    {
        QVERIFY(m_server.serve([](Project &p) {
            Record byRoot = transaction(u"by-root"_s, 1, u"R"_s, 7);
            byRoot.createdBy = DemoProject::rootId();
            onlyTransactions(p, {byRoot});
            DataType &type = p.dataTypes[p.indexOfDataType(u"Transaction"_s)];
            PrivacyPermissions everything = PrivacyPermissions::everything();
            type.privacyRules = {
                PrivacyRule{u"deep"_s, u"This Transaction's Creator's admin is yes"_s, everything},
                PrivacyRule{u"shallow"_s, u"This Transaction's account is \"S\""_s, everything}};
        }));
        QCOMPARE(m_server.list("transaction", "", {}).size(), 0);
        // The same grant through a condition one field deep finds it.
        QVERIFY(m_server.store->begin());
        Record record = m_server.store->record(u"by-root"_s).value().value();
        record.values.insert(u"account"_s, u"S"_s);
        QVERIFY(m_server.store->update(record));
        QVERIFY(m_server.store->commit());
        QCOMPARE(idsOf(m_server.list("transaction", "", {})), (QStringList{u"by-root"_s}));
    }

    void textContainsMatchesStemsAndIgnoresStopWords_data()
    {
        QTest::addColumn<QString>("words");
        QTest::addColumn<QStringList>("found");
        QTest::newRow("stem") << u"pepper"_s << QStringList{u"peppers"_s};
        QTest::newRow("not a prefix") << u"pepp"_s << QStringList{};
        QTest::newRow("stop word") << u"the shop"_s << QStringList{u"shop"_s};
        QTest::newRow("words in any order") << u"cat hat"_s << QStringList{u"cat"_s};
        QTest::newRow("every word") << u"cat shop"_s << QStringList{};
    }

    void textContainsMatchesStemsAndIgnoresStopWords()
    {
        QFETCH(QString, words);
        QFETCH(QStringList, found);
        QVERIFY(m_server.serve([](Project &p) {
            onlyTransactions(p, {transaction(u"peppers"_s, 1, u"A"_s, 1, u"Red peppers"_s),
                                 transaction(u"shop"_s, 2, u"B"_s, 1, u"A hat shop"_s),
                                 transaction(u"cat"_s, 3, u"C"_s, 1, u"the cat in the hat"_s)});
        }));
        const QByteArray constraints = FidelityServer::encoded(
            QJsonDocument(QJsonArray{QJsonObject{{u"key"_s, u"note"_s},
                                                 {u"constraint_type"_s, u"text contains"_s},
                                                 {u"value"_s, words}}})
                .toJson(QJsonDocument::Compact));
        QCOMPARE(
            idsOf(m_server.list("transaction", "constraints=" + constraints, m_server.adminSecret)),
            found);
    }

    // bubble-api.md §4.4: "Created By": "admin_user_<app>_test".
    void thingCreatedWithAnAdminTokenHasTheAdminUserAsCreator()
    {
        QVERIFY(m_server.serve());
        const auto created =
            m_server.post("/api/1.1/obj/transaction",
                          R"({"account":"ACC-9","phone":"1","amount":3})", m_server.adminSecret);
        QVERIFY(created);
        QCOMPARE(created->status, 201);
        const QByteArray id = created->json()[u"id"_s].toString().toUtf8();
        const auto thing = m_server.get("/api/1.1/obj/transaction/" + id, m_server.adminSecret);
        QVERIFY(thing);
        QCOMPARE(thing->json()[u"response"_s][u"Created By"_s].toString(),
                 u"admin_user_paymentsdemo_test"_s);
    }

    void thingCreatedByAWorkflowRunWithAnAdminTokenHasTheAdminUserAsCreator()
    {
        QVERIFY(m_server.serve());
        const auto ran =
            m_server.post("/api/1.1/wf/create_transaction",
                          R"({"account":"ACC-9","phone":"1","amount":3})", m_server.adminSecret);
        QVERIFY(ran);
        QCOMPARE(ran->status, 200);
        const QString id = ran->json()[u"response"_s][u"id"_s].toString();
        const auto record = m_server.store->record(id).value();
        QVERIFY(record);
        QCOMPARE(record->createdBy, u"admin_user_paymentsdemo_test"_s);
    }

    // Observed (bubble-api.md §5.3): a bad token answers 401 even when the
    // Data API is off.
    void badTokenAnswers401EvenWhenTheDataApiIsOff()
    {
        QVERIFY(m_server.serve([](Project &p) { p.settings.dataApiEnabled = false; }));
        const auto bad = m_server.get("/api/1.1/obj/transaction", u"not-a-token"_s);
        QVERIFY(bad);
        QCOMPARE(bad->status, 401);
        QCOMPARE(bad->json()[u"error_class"_s].toString(), u"Unauthorized"_s);
        const auto none = m_server.get("/api/1.1/obj/transaction");
        QVERIFY(none);
        QCOMPARE(none->status, 404);
        QCOMPARE(none->json()[u"body"_s][u"message"_s].toString(),
                 u"This application does not expose a Data API"_s);
        const auto admin = m_server.get("/api/1.1/obj/transaction", m_server.adminSecret);
        QVERIFY(admin);
        QCOMPARE(admin->status, 404);
    }

private:
    FidelityServer m_server;
};

QTEST_GUILESS_MAIN(tst_DataFidelityOverHttp)
#include "tst_DataFidelityOverHttp.moc"
