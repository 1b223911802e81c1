#include "EngineFixture.h"
#include "EngineTable.h"

#include "crypto/PasswordHasher.h"

#include <QJsonArray>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace gatehouse;

// Every Data API operation against every kind of caller, over the engine's
// one entry point: the status, a part of the body, and the step that decided.
class tst_EngineData : public QObject
{
    Q_OBJECT

private slots:
    void init() { QVERIFY(m.build()); }

    void dataApiTable_data()
    {
        using S = TraceStep::Stage;
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<QString>("target");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QByteArray>("contentType");
        QTest::addColumn<QString>("caller");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("part");
        QTest::addColumn<TraceStep::Stage>("stage");
        QTest::addColumn<QString>("subject");
        const Expected badToken{401, "Invalid or expired token", S::Authenticate, "{token}"};
        const Expected noCreate{401, "Permission denied: cannot create this object", S::Action};
        const Expected noModify{401, "You do not have permission to modify this object", S::Action};
        const Expected noDelete{401, "You do not have permission to delete this object", S::Action};
        // Reads are decided where privacy rules filter what the caller finds.
        const Expected missing{404, "MISSING_DATA", S::Privacy};
        const Expected bulkDone{200, R"("status":"success"})", S::Response};
        const Expected hidden{404, "Type not found user", S::Route, "settings: Data API types"};
        // ping-only is scoped to public_ping alone, so its data scope is what
        // public_ping does: nothing (ScopeCeiling).
        const Expected outOfScope{403, "This token may not", S::Authorize};
        struct Operation
        {
            const char *name;
            QByteArray method;
            QString target;
            QByteArray body;
            QList<Expected> expected;
            QByteArray contentType = "application/json";
        };
        const QString item = u"/api/1.1/obj/transaction/{alice1}"_s;
        const QList<Operation> operations{
            // anonymous, alice, bob, root, admin, ping-only, expired, revoked, malformed
            {"list",
             "GET",
             u"/api/1.1/obj/transaction"_s,
             {},
             {{200, "\"count\":0", S::Privacy},
              {200, "\"count\":3", S::Privacy},
              {200, "\"count\":2", S::Privacy},
              {200, "\"count\":5", S::Privacy},
              {200, "\"count\":5", S::Privacy},
              outOfScope,
              badToken,
              badToken,
              badToken}},
            {"get",
             "GET",
             item,
             {},
             {missing,
              {200, "\"amount\":10", S::Privacy},
              missing,
              {200, "\"amount\":10", S::Privacy},
              {200, "\"amount\":10", S::Privacy},
              outOfScope,
              badToken,
              badToken,
              badToken}},
            {"create",
             "POST",
             u"/api/1.1/obj/transaction"_s,
             R"({"amount":1})",
             {noCreate,
              {201, "\"status\":\"success\"", S::Action},
              {201, "\"id\"", S::Action},
              {201, "\"id\"", S::Action},
              {201, "\"id\"", S::Action},
              outOfScope,
              badToken,
              badToken,
              badToken}},
            {"modify",
             "PATCH",
             item,
             R"({"note":"x"})",
             {missing, // anonymous finds nothing: as if it did not exist
              {204, "", S::Action},
              missing, // bob cannot find alice's (pitfall P4)
              noModify,
              {204, "", S::Action},
              outOfScope,
              badToken,
              badToken,
              badToken}},
            {"replace",
             "PUT",
             item,
             R"({"amount":2})",
             {missing, // anonymous finds nothing: as if it did not exist
              {204, "", S::Action},
              missing, // bob cannot find alice's (pitfall P4)
              noModify,
              {204, "", S::Action},
              outOfScope,
              badToken,
              badToken,
              badToken}},
            {"delete",
             "DELETE",
             item,
             {},
             {missing, // anonymous finds nothing: as if it did not exist
              {204, "", S::Action},
              missing, // bob cannot find alice's (pitfall P4)
              noDelete,
              {204, "", S::Action},
              outOfScope,
              badToken,
              badToken,
              badToken}},
            {"bulk",
             "POST",
             u"/api/1.1/obj/transaction/bulk"_s,
             "{\"amount\":1}\n{\"amount\":2}\n",
             {{200, "\"message\":\"Permission denied: cannot create this object\"", S::Response},
              bulkDone,
              bulkDone,
              bulkDone,
              bulkDone,
              outOfScope,
              badToken,
              badToken,
              badToken},
             "text/plain"},
            {"bulk as JSON",
             "POST",
             u"/api/1.1/obj/transaction/bulk"_s,
             "{\"amount\":1}\n",
             {{400, "Make sure the Content-Type header is text/plain", S::Parameters},
              {400, "Make sure the Content-Type header is text/plain", S::Parameters},
              {400, "Make sure the Content-Type header is text/plain", S::Parameters},
              {400, "Make sure the Content-Type header is text/plain", S::Parameters},
              {400, "Make sure the Content-Type header is text/plain", S::Parameters},
              outOfScope,
              badToken,
              badToken,
              badToken}},
            // The route is decided before any token is read.
            {"list users",
             "GET",
             u"/api/1.1/obj/user"_s,
             {},
             {hidden, hidden, hidden, hidden, hidden, hidden, hidden, hidden, hidden}},
        };
        for (const Operation &op : operations) {
            for (int i = 0; i < kEngineCallers.size(); ++i) {
                const Expected &e = op.expected.at(i);
                QTest::addRow("%s by %s", op.name, qPrintable(kEngineCallers.at(i)))
                    << op.method << op.target << op.body << op.contentType << kEngineCallers.at(i)
                    << e.status << QString::fromLatin1(e.body) << e.stage
                    << QString::fromUtf8(e.subject);
            }
        }
    }

    void dataApiTable()
    {
        QFETCH(QByteArray, method);
        QFETCH(QString, target);
        QFETCH(QByteArray, body);
        QFETCH(QByteArray, contentType);
        QFETCH(QString, caller);
        QFETCH(int, status);
        QFETCH(QString, part);
        QFETCH(TraceStep::Stage, stage);
        QFETCH(QString, subject);
        target.replace(u"{alice1}"_s, m.project.records.at(3).id);
        if (subject.isEmpty())
            subject = u"data type `Transaction`"_s;
        subject.replace(u"{token}"_s, m.tokenSubject(caller));
        const EngineResponse response = m.call(caller, method, target, body, contentType);
        QVERIFY2(response.status == status,
                 qPrintable(u"%1 %2\n%3"_s.arg(response.status)
                                .arg(QString::fromUtf8(response.body), response.trace.toText())));
        QVERIFY2(response.body.contains(part.toUtf8()), response.body.constData());
        QVERIFY(response.trace.decidingStep());
        QCOMPARE(response.trace.decidingStep()->stage, stage);
        QCOMPARE(response.trace.decidingStep()->subject, subject);
        // Bubble's error codes start with the time: the engine's clock, not the wall's.
        if (const QJsonValue code = response.jsonBody()[u"args"_s][u"code"_s]; code.isString())
            QVERIFY(code.toString().startsWith(QString::number(m.clock.now().toMSecsSinceEpoch()) +
                                               u'x'));
        for (const QString &secret : m.secrets) {
            QVERIFY2(!response.trace.toText().contains(secret), "a secret is in the trace");
            QVERIFY2(!response.body.contains(secret.toUtf8()), "a secret is in the body");
        }
    }

    // Each line of a bulk create stands alone: the good ones are created and
    // committed, the bad ones reported and leave nothing.
    void bulkCommitsTheGoodLines_data()
    {
        QTest::addColumn<QString>("caller");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QStringList>("results"); // "success", or a part of the error
        QTest::addColumn<int>("created");
        QTest::newRow("all good") << u"alice"_s << QByteArray("{\"amount\":1}\n\n{\"amount\":2}")
                                  << QStringList{u"success"_s, u"success"_s} << 2;
        QTest::newRow("a line not JSON")
            << u"alice"_s << QByteArray("{\"amount\":1}\nnot json\n{\"amount\":3}\n")
            << QStringList{u"success"_s, u"Could not parse as JSON: line 2"_s, u"success"_s} << 2;
        QTest::newRow("an unknown field")
            << u"bob"_s << QByteArray("{\"nope\":1}\n{\"amount\":4}")
            << QStringList{u"Unrecognized field: nope"_s, u"success"_s} << 1;
        QTest::newRow("a wrong type") << u"admin"_s << QByteArray("{\"amount\":\"x\"}")
                                      << QStringList{u"Invalid data for key amount"_s} << 0;
        QTest::newRow("refused by the rules")
            << u"anonymous"_s << QByteArray("{\"amount\":1}\n{\"amount\":2}")
            << QStringList{u"cannot create"_s, u"cannot create"_s} << 0;
    }

    // Bubble's cap: above 1,000 lines the request is refused before any
    // line is looked at, so it costs nothing and creates nothing.
    void bulkOverTheCapIsRefusedWhole()
    {
        QByteArray many;
        for (int i = 0; i < 1001; ++i)
            many += "{\"amount\":1}\n";
        const qsizetype before = m.store->recordsOfType(u"Transaction"_s).value().size();
        const EngineResponse response =
            m.call(u"admin"_s, "POST", u"/api/1.1/obj/transaction/bulk"_s, many, "text/plain");
        QCOMPARE(response.status, 400);
        QVERIFY2(response.body.contains("More than 1000 items"), response.body);
        QCOMPARE(m.store->recordsOfType(u"Transaction"_s).value().size(), before);
    }

    void bulkCommitsTheGoodLines()
    {
        QFETCH(QString, caller);
        QFETCH(QByteArray, body);
        QFETCH(QStringList, results);
        QFETCH(int, created);
        const qsizetype before = m.store->recordsOfType(u"Transaction"_s).value().size();
        const EngineResponse response =
            m.call(caller, "POST", u"/api/1.1/obj/transaction/bulk"_s, body, "text/plain");
        QCOMPARE(response.status, 200);
        QCOMPARE(response.header("Content-Type"), QByteArray("text/plain"));
        const QList<QByteArray> lines = response.body.trimmed().split('\n');
        QCOMPARE(lines.size(), results.size());
        int errors = 0;
        for (int i = 0; i < lines.size(); ++i) {
            const QJsonObject line = QJsonDocument::fromJson(lines.at(i)).object();
            if (results.at(i) == u"success"_s) {
                QCOMPARE(line[u"status"_s].toString(), u"success"_s);
                QVERIFY(m.store->record(line[u"id"_s].toString()).value());
            } else {
                ++errors;
                QCOMPARE(line[u"status"_s].toString(), u"error"_s);
                QVERIFY2(line[u"message"_s].toString().contains(results.at(i)), lines.at(i));
            }
        }
        QCOMPARE(m.store->recordsOfType(u"Transaction"_s).value().size(), before + created);
        const TraceStep *deciding = response.trace.decidingStep();
        QCOMPARE(deciding->stage, TraceStep::Stage::Response);
        QCOMPARE(deciding->verdict, TraceStep::Verdict::Passed);
        QVERIFY2(deciding->reason.contains(u"%1 created"_s.arg(created)),
                 qPrintable(deciding->reason));
        const auto skipped = std::count_if(
            response.trace.steps().begin(), response.trace.steps().end(),
            [](const TraceStep &s) { return s.verdict == TraceStep::Verdict::Skipped; });
        QCOMPARE(int(skipped), errors);
    }

    // A User line may hold a password: a line that is not JSON is not echoed.
    void bulkUserLinesAreNotEchoed()
    {
        m.project.settings.dataApiTypes.append(DataType::userTypeName());
        const EngineResponse response =
            m.call(u"admin"_s, "POST", u"/api/1.1/obj/user/bulk"_s,
                   "{\"email\":\"d@example.com\",\"password\":\"hunter2-secret\"}\n"
                   "{\"email\":\"e@example.com\",\"password\":\"hunter3-secret\"",
                   "text/plain");
        QCOMPARE(response.status, 200);
        QVERIFY2(response.body.contains("Could not parse as JSON: line 2"),
                 response.body.constData());
        QVERIFY(!response.body.contains("hunter3-secret"));
        QVERIFY(!response.trace.toText().contains(u"hunter"_s));
    }

    // The password is hashed only after a rule allows the line, and then
    // stored: the created user can log in with it.
    void createdUserKeepsItsPassword()
    {
        m.project.settings.dataApiTypes.append(DataType::userTypeName());
        const EngineResponse response =
            m.call(u"admin"_s, "POST", u"/api/1.1/obj/user"_s,
                   R"({"email":"f@example.com","password":"f-password-1"})", "application/json");
        QCOMPARE(response.status, 201);
        const auto user =
            m.store->record(QJsonDocument::fromJson(response.body).object()[u"id"_s].toString())
                .value();
        QVERIFY(user);
        QVERIFY(PasswordHasher::verify(user->passwordHash, u"f-password-1"_s));
    }

    void dataApiOffIsASetting()
    {
        m.project.settings.dataApiEnabled = false;
        const EngineResponse response = m.call(u"admin"_s, "GET", u"/api/1.1/obj/transaction"_s);
        QCOMPARE(response.status, 404);
        QVERIFY(response.body.contains("This application does not expose a Data API"));
        QCOMPARE(response.trace.decidingStep()->subject, u"settings: Data API"_s);
    }

    void dataApiThroughTheEngine_data()
    {
        QTest::addColumn<QString>("caller");
        QTest::addColumn<int>("count");
        QTest::newRow("anonymous") << u"anonymous"_s << 0;
        QTest::newRow("alice") << u"alice"_s << 3;
        QTest::newRow("bob") << u"bob"_s << 2;
        QTest::newRow("root") << u"root"_s << 5;
        QTest::newRow("admin") << u"admin"_s << 5;
    }

    void dataApiThroughTheEngine()
    {
        QFETCH(QString, caller);
        QFETCH(int, count);
        const EngineResponse response = m.call(caller, "GET", u"/api/1.1/obj/transaction"_s);
        QCOMPARE(response.status, 200);
        QCOMPARE(response.jsonBody()[u"response"_s][u"count"_s].toInt(), count);
    }

    // A token without the private-files scope reads no file, even as admin.
    void privateFilesScope_data()
    {
        QTest::addColumn<bool>("privateFiles");
        QTest::addColumn<bool>("seesFile");
        QTest::newRow("scoped in") << true << true;
        QTest::newRow("scoped out") << false << false;
    }

    void privateFilesScope()
    {
        QFETCH(bool, privateFiles);
        QFETCH(bool, seesFile);
        DataType &tx = m.project.dataTypes[m.project.indexOfDataType(u"Transaction"_s)];
        tx.fields.append(Field{u"receipt"_s, FieldType::file()});
        Record record = m.project.records.at(3);
        record.values.insert(u"receipt"_s, u"https://files.example/receipt.pdf"_s);
        QVERIFY(m.store->update(record));
        m.project.tokens[m.project.indexOfToken(u"admin"_s)].scopes.privateFiles = privateFiles;
        const EngineResponse response =
            m.call(u"admin"_s, "GET", u"/api/1.1/obj/transaction/"_s + record.id);
        QCOMPARE(response.status, 200);
        QCOMPARE(response.body.contains("receipt.pdf"), seesFile);
    }

private:
    EngineFixture m;
};

QTEST_GUILESS_MAIN(tst_EngineData)
#include "tst_enginedata.moc"
