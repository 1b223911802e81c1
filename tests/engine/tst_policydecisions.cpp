#include "EngineFixture.h"
#include "EngineSteps.h"

#include "crypto/PasswordHasher.h"
#include "engine/AccessPolicy.h"
#include "engine/AccessQuestion.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace gatehouse;

namespace {
QByteArray json(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

int changedCount(const EngineResponse &response)
{
    return response.jsonBody()[u"response"_s][u"changed"_s].toInt(-1);
}

// A store whose remove fails, as a disk that fills up mid-request would.
class FailingRemoveStore : public MemoryDataStore
{
public:
    explicit FailingRemoveStore(const MemoryDataStore &live) : MemoryDataStore(live) {}
    Result<> remove(const QString &) override
    {
        return Error{u"disk I/O error"_s, ErrorCode::StoreWrite};
    }
};
} // namespace

// The access decisions issue 11 found wrong, each as the attack that showed it.
class tst_PolicyDecisions : public QObject
{
    Q_OBJECT

private slots:
    void init() { QVERIFY(m.build()); }

    // adminTokensBypassPrivacyInWorkflows = false: an admin token's
    // workflow searches obey the privacy rules like anyone's.
    void adminObeysPrivacyInWorkflowsWhenTheSettingIsOff_data()
    {
        QTest::addColumn<bool>("bypass");
        QTest::addColumn<int>("changed");
        QTest::newRow("bypass on") << true << 5;
        QTest::newRow("bypass off") << false << 0;
    }

    void adminObeysPrivacyInWorkflowsWhenTheSettingIsOff()
    {
        QFETCH(bool, bypass);
        QFETCH(int, changed);
        m.project.settings.adminTokensBypassPrivacyInWorkflows = bypass;
        const EngineResponse response =
            m.call(u"admin"_s, "POST", u"/api/1.1/wf/tag_my_transactions"_s);
        QCOMPARE(response.status, 200);
        QCOMPARE(changedCount(response), changed);
    }

    // Field reads too: a thing found through a rule that grants no fields
    // reads as empty to an admin token when it does not bypass privacy.
    void adminFieldReadsObeyPrivacyWhenTheSettingIsOff()
    {
        m.project.settings.adminTokensBypassPrivacyInWorkflows = false;
        DataType &tx = m.project.dataTypes[m.project.indexOfDataType(u"Transaction"_s)];
        tx.everyoneElse.findInSearches = true; // found, but no field may be viewed
        steps::add(
            m.project, u"first_amount"_s, AuthMode::AdminOnly,
            {steps::make(ActionKind::ReturnData,
                         {{u"amount"_s, u"(Search for Transactions):first item's amount"_s}})})
            .exposed = true;
        const EngineResponse response = m.call(u"admin"_s, "POST", u"/api/1.1/wf/first_amount"_s);
        QCOMPARE(response.status, 200);
        QVERIFY2(!response.jsonBody()[u"response"_s].toObject().contains(u"amount"_s) ||
                     response.jsonBody()[u"response"_s][u"amount"_s].isNull(),
                 response.body.constData());
    }

    // A rule that lets root view all fields of every transaction, but not
    // their attached files: a workflow hands out no file.
    void workflowHandsOutNoFileWithoutViewAttachedFiles()
    {
        DataType &tx = m.project.dataTypes[m.project.indexOfDataType(u"Transaction"_s)];
        tx.fields.append(Field{u"receipt"_s, FieldType::file()});
        editRecords([](Record &record) {
            if (record.type == u"Transaction"_s)
                record.values.insert(u"receipt"_s, u"https://files.example/receipt.pdf"_s);
        });
        steps::add(m.project, u"receipts"_s, AuthMode::UserAndAdmin,
                   {steps::make(ActionKind::ReturnData,
                                {{u"receipts"_s, u"(Search for Transactions)'s receipt"_s}})})
            .exposed = true;
        // root finds every transaction by the `admins` rule, which grants
        // no attached files; root owns none.
        const EngineResponse response = m.call(u"root"_s, "POST", u"/api/1.1/wf/receipts"_s);
        QCOMPARE(response.status, 200);
        const QJsonValue receipts = response.jsonBody()[u"response"_s][u"receipts"_s];
        QVERIFY2(receipts.toArray().isEmpty(), response.body.constData());
    }

    // A failed remove of a line no rule lets in fails the request, so the
    // line never commits.
    void bulkCreateNeverCommitsALineWhoseRemoveFailed()
    {
        DataType &tx = m.project.dataTypes[m.project.indexOfDataType(u"Transaction"_s)];
        for (PrivacyRule &rule : tx.privacyRules)
            rule.permissions.createViaApi = false;
        PrivacyRule big{u"big"_s, u"This Transaction's amount > 100"_s, {}};
        big.permissions.createViaApi = true;
        tx.privacyRules.append(big);
        FailingRemoveStore store(*m.store);
        const qsizetype before = store.recordsOfType(u"Transaction"_s).value().size();
        Engine engine(std::make_shared<const Project>(m.project), store, m.clock);
        const EngineResponse response =
            engine.handle(m.request(u"bob"_s, "POST", u"/api/1.1/obj/transaction/bulk"_s,
                                    "{\"amount\": 1}\n", "text/plain"));
        QVERIFY2(response.status >= 500, response.body.constData());
        QCOMPARE(store.recordsOfType(u"Transaction"_s).value().size(), before);
    }

    // The same argon2id work for a user who has no password as for an
    // address nobody has, so the two refusals cannot be told apart.
    void refusingAUserWithoutPasswordDoesTheSameWork()
    {
        editRecords([](Record &record) {
            if (record.id == DemoProject::bobId())
                record.passwordHash.clear();
        });
        const auto attempt = [&](const QString &email) {
            const int before = PasswordHasher::verificationsDone();
            const EngineResponse response =
                m.call(u"anonymous"_s, "POST", u"/api/1.1/wf/issue_token"_s,
                       json({{u"email"_s, email}, {u"password"_s, u"whatever-pass"_s}}));
            return std::pair{response, PasswordHasher::verificationsDone() - before};
        };
        const auto [unknown, unknownWork] = attempt(u"nobody@example.com"_s);
        const auto [noPassword, noPasswordWork] = attempt(u"bob@example.com"_s);
        QCOMPARE(unknown.status, 400);
        QCOMPARE(noPassword.status, 400);
        QCOMPARE(noPasswordWork, unknownWork);
        QCOMPARE(unknownWork, 1);
    }

    // After a Log in step the principal keeps the token's scopes.
    void logInKeepsTheScopesOfTheToken()
    {
        Token &token = m.project.tokens[m.project.indexOfToken(u"admin"_s)];
        token.scopes.allDataTypes = false;
        token.scopes.dataTypes = {DataTypeScope{.dataType = u"User"_s, .find = true, .view = true}};
        steps::add(m.project, u"login_then_create"_s, AuthMode::AdminOnly,
                   {steps::make(ActionKind::LogIn, {{u"email"_s, u"\"alice@example.com\""_s},
                                                    {u"password"_s, u"\"alice-password\""_s}}),
                    steps::onTransaction(ActionKind::CreateThing, {}, {{u"amount"_s, u"7"_s}})})
            .exposed = true;
        const int before = int(m.store->recordsOfType(u"Transaction"_s).value().size());
        const EngineResponse response =
            m.call(u"admin"_s, "POST", u"/api/1.1/wf/login_then_create"_s);
        QCOMPARE(response.status, 400);
        QVERIFY2(response.trace.toText().contains(u"may not create Transaction"_s),
                 qPrintable(response.trace.toText()));
        QCOMPARE(int(m.store->recordsOfType(u"Transaction"_s).value().size()), before);
    }

    // A token scoped to kick_cleanup cannot run admin_cleanup by having it
    // scheduled: the run keeps the token's scopes.
    void aScheduledRunKeepsTheSchedulersWorkflowScope()
    {
        Action schedule = steps::make(ActionKind::ScheduleWorkflow);
        schedule.workflow = u"admin_cleanup"_s;
        steps::add(m.project, u"kick_cleanup"_s, AuthMode::AdminOnly, {schedule}).exposed = true;
        Token &token = m.project.tokens[m.project.indexOfToken(u"ping-only"_s)];
        token.scopes.workflows = {u"kick_cleanup"_s};
        editRecords([](Record &record) {
            if (record.type == u"Transaction"_s)
                record.values.insert(u"tagged"_s, true);
        });
        const EngineResponse response =
            m.call(u"ping-only"_s, "POST", u"/api/1.1/wf/kick_cleanup"_s);
        QCOMPARE(response.status, 200);
        const QList<ScheduledRun> runs = m.store->scheduledRuns().value();
        QCOMPARE(runs.size(), 1);
        QVERIFY2(runs.first().status.startsWith(u"failed"_s), qPrintable(runs.first().status));
        QCOMPARE(m.store->recordsOfType(u"Transaction"_s).value().size(), 5);
    }

    // A token given workflow scopes only gets, as its data scope, what
    // those workflows do: create_transaction creates transactions, so the
    // token may create one through the Data API but not list them.
    void aWorkflowOnlyTokenGetsWhatItsWorkflowsDo()
    {
        Token &token = m.project.tokens[m.project.indexOfToken(u"ping-only"_s)];
        token.scopes.workflows = {u"create_transaction"_s};
        const TokenScopes effective = ScopeCeiling::effective(m.project, token.scopes);
        QVERIFY(!effective.allDataTypes);
        QCOMPARE(ScopeCeiling::describeDataScope(m.project, token.scopes),
                 u"Transaction: create (what its workflows do)"_s);
        QCOMPARE(m.call(u"ping-only"_s, "GET", u"/api/1.1/obj/transaction"_s).status, 403);
        QCOMPARE(
            m.call(u"ping-only"_s, "POST", u"/api/1.1/obj/transaction"_s, json({{u"amount"_s, 3}}))
                .status,
            201);
        const EngineResponse ran =
            m.call(u"ping-only"_s, "POST", u"/api/1.1/wf/create_transaction"_s,
                   json({{u"account"_s, u"a"_s}, {u"phone"_s, u"p"_s}, {u"amount"_s, 4}}));
        QCOMPARE(ran.status, 200);
    }

    // A data scope limits the steps of its workflows too.
    void aDataScopeLimitsWorkflowSteps()
    {
        Token &token = m.project.tokens[m.project.indexOfToken(u"admin"_s)];
        token.scopes.allDataTypes = false;
        token.scopes.dataTypes = {
            DataTypeScope{.dataType = u"Transaction"_s, .find = true, .view = true}};
        const EngineResponse response =
            m.call(u"admin"_s, "POST", u"/api/1.1/wf/tag_my_transactions"_s);
        QCOMPARE(response.status, 400);
        for (const Record &record : m.store->recordsOfType(u"Transaction"_s).value())
            QVERIFY(!record.values.value(u"tagged"_s).toBool());
    }

    // Find lists, view gets one by id: a token with one of them is refused
    // the other, and the refusing step names the one it lacks.
    void findAndViewAreSeparateScopes_data()
    {
        QTest::addColumn<bool>("find");
        QTest::addColumn<bool>("view");
        QTest::newRow("find without view") << true << false;
        QTest::newRow("view without find") << false << true;
    }

    void findAndViewAreSeparateScopes()
    {
        QFETCH(bool, find);
        QFETCH(bool, view);
        Token &token = m.project.tokens[m.project.indexOfToken(u"admin"_s)];
        token.scopes.allDataTypes = false;
        token.scopes.dataTypes = {
            DataTypeScope{.dataType = u"Transaction"_s, .find = find, .view = view}};
        const QString id = m.store->recordsOfType(u"Transaction"_s).value().first().id;
        const EngineResponse listed = m.call(u"admin"_s, "GET", u"/api/1.1/obj/transaction"_s);
        const EngineResponse fetched =
            m.call(u"admin"_s, "GET", u"/api/1.1/obj/transaction/"_s + id);
        QCOMPARE(listed.status, find ? 200 : 403);
        QCOMPARE(fetched.status, view ? 200 : 403);
        const EngineResponse &refused = find ? fetched : listed;
        const QString missing = find ? u"view"_s : u"find"_s;
        const TraceStep *decider = refused.trace.decidingStep();
        QVERIFY(decider);
        QCOMPARE(decider->reason, u"token `admin` may not %1 Transaction"_s.arg(missing));
        const AccessQuestion question(m.project, *m.store, m.clock);
        const Principal admin = Principals::forToken(m.project, token);
        QCOMPARE(
            question.dataOperation(u"Transaction"_s, DataApiGate::Operation::List, admin).verdict ==
                AccessAnswer::Verdict::Refused,
            !find);
        QCOMPARE(question.dataOperation(u"Transaction"_s, DataApiGate::Operation::Get, admin, id)
                         .verdict == AccessAnswer::Verdict::Refused,
                 !view);
    }

    // A workflow's search is a find: a token that may view and modify
    // transactions but not find them cannot tag them by a search.
    void aWorkflowSearchNeedsFind()
    {
        Token &token = m.project.tokens[m.project.indexOfToken(u"admin"_s)];
        token.scopes.allDataTypes = false;
        token.scopes.dataTypes = {
            DataTypeScope{.dataType = u"Transaction"_s, .view = true, .modify = true}};
        const EngineResponse refused =
            m.call(u"admin"_s, "POST", u"/api/1.1/wf/tag_my_transactions"_s);
        QCOMPARE(refused.status, 400);
        QVERIFY2(refused.trace.toText().contains(u"token `admin` may not find Transaction"_s),
                 qPrintable(refused.trace.toText()));
        token.scopes.dataTypes.first().find = true;
        QCOMPARE(m.call(u"admin"_s, "POST", u"/api/1.1/wf/tag_my_transactions"_s).status, 200);
    }

    // Deleting a user ends its sessions and user tokens.
    void deletingAUserEndsItsTokens()
    {
        m.addToken(u"alice-token"_s, DemoProject::aliceId()).kind = TokenKind::User;
        QCOMPARE(m.call(u"alice"_s, "POST", u"/api/1.1/wf/tag_my_transactions"_s).status, 200);
        QCOMPARE(m.call(u"alice-token"_s, "POST", u"/api/1.1/wf/tag_my_transactions"_s).status,
                 200);
        Action remove = steps::make(ActionKind::DeleteThing);
        remove.dataType = u"User"_s;
        remove.target = u"(Search for Users where email is \"alice@example.com\"):first item"_s;
        steps::add(m.project, u"remove_alice"_s, AuthMode::AdminOnly, {remove}).exposed = true;
        QCOMPARE(m.call(u"admin"_s, "POST", u"/api/1.1/wf/remove_alice"_s).status, 200);
        QCOMPARE(m.call(u"alice"_s, "POST", u"/api/1.1/wf/tag_my_transactions"_s).status, 401);
        QCOMPARE(m.call(u"alice-token"_s, "POST", u"/api/1.1/wf/tag_my_transactions"_s).status,
                 401);
    }

    // Changing a user's password through the Data API ends its sessions.
    void changingAPasswordEndsTheSessions()
    {
        m.project.settings.dataApiTypes.append(u"User"_s);
        const EngineResponse changed =
            m.call(u"admin"_s, "PATCH", u"/api/1.1/obj/user/"_s + DemoProject::aliceId(),
                   json({{u"password"_s, u"a-new-password"_s}}));
        QCOMPARE(changed.status, 204);
        QCOMPARE(m.call(u"alice"_s, "POST", u"/api/1.1/wf/tag_my_transactions"_s).status, 401);
        QCOMPARE(m.call(u"bob"_s, "POST", u"/api/1.1/wf/tag_my_transactions"_s).status, 200);
    }

    // ... and ends the project's user tokens made before the change.
    void changingAPasswordEndsTheUsersProjectTokens()
    {
        m.project.settings.dataApiTypes.append(u"User"_s);
        m.addToken(u"alice-token"_s, DemoProject::aliceId()).kind = TokenKind::User;
        m.addToken(u"bob-token"_s, DemoProject::bobId()).kind = TokenKind::User;
        QCOMPARE(m.call(u"alice-token"_s, "POST", u"/api/1.1/wf/tag_my_transactions"_s).status,
                 200);
        const EngineResponse changed =
            m.call(u"admin"_s, "PATCH", u"/api/1.1/obj/user/"_s + DemoProject::aliceId(),
                   json({{u"password"_s, u"a-new-password"_s}}));
        QCOMPARE(changed.status, 204);
        const EngineResponse refused =
            m.call(u"alice-token"_s, "POST", u"/api/1.1/wf/tag_my_transactions"_s);
        QCOMPARE(refused.status, 401);
        QVERIFY(refused.trace.toText().contains(u"password changed"_s));
        QCOMPARE(m.call(u"bob-token"_s, "POST", u"/api/1.1/wf/tag_my_transactions"_s).status, 200);
        // A token made after the change works.
        m.clock.advance(60);
        m.addToken(u"alice-new"_s, DemoProject::aliceId()).kind = TokenKind::User;
        m.project.tokens.last().created = m.clock.now();
        QCOMPARE(m.call(u"alice-new"_s, "POST", u"/api/1.1/wf/tag_my_transactions"_s).status, 200);
    }

    // Emails are unique ignoring case, valid, and passwords as long as in
    // sign-up, through the Data API too.
    void dataApiUsersFollowSignUpRules_data()
    {
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<QJsonObject>("body");
        QTest::addColumn<QString>("message");
        QTest::newRow("taken, other case")
            << QByteArray("POST")
            << QJsonObject{{u"email"_s, u"ALICE@example.com"_s}, {u"password"_s, u"long-enough"_s}}
            << u"already in use"_s;
        QTest::newRow("not an address")
            << QByteArray("POST")
            << QJsonObject{{u"email"_s, u"nobody"_s}, {u"password"_s, u"long-enough"_s}}
            << u"not valid"_s;
        QTest::newRow("short password")
            << QByteArray("POST")
            << QJsonObject{{u"email"_s, u"new@example.com"_s}, {u"password"_s, u"short"_s}}
            << u"at least 8 characters"_s;
        QTest::newRow("modified to a taken address")
            << QByteArray("PATCH") << QJsonObject{{u"email"_s, u"Bob@Example.com"_s}}
            << u"already in use"_s;
    }

    void dataApiUsersFollowSignUpRules()
    {
        QFETCH(QByteArray, method);
        QFETCH(QJsonObject, body);
        QFETCH(QString, message);
        m.project.settings.dataApiTypes.append(u"User"_s);
        const QString target = method == "POST" ? u"/api/1.1/obj/user"_s
                                                : u"/api/1.1/obj/user/"_s + DemoProject::aliceId();
        const EngineResponse response = m.call(u"admin"_s, method, target, json(body));
        QCOMPARE(response.status, 400);
        QVERIFY2(QString::fromUtf8(response.body).contains(message), response.body.constData());
    }

    // A Thing parameter the caller cannot find answers as one that does
    // not exist.
    void aHiddenThingParameterAnswersAsAMissingOne()
    {
        steps::add(m.project, u"show_amount"_s, AuthMode::UserAndAdmin,
                   {steps::make(ActionKind::ReturnData, {{u"amount"_s, u"tx's amount"_s}})},
                   {Parameter{u"tx"_s, FieldType::reference(u"Transaction"_s)}})
            .exposed = true;
        QString alices;
        for (const Record &record : m.store->recordsOfType(u"Transaction"_s).value()) {
            if (record.createdBy == DemoProject::aliceId())
                alices = record.id;
        }
        const auto call = [&](const QString &id) {
            return m.call(u"bob"_s, "POST", u"/api/1.1/wf/show_amount"_s, json({{u"tx"_s, id}}));
        };
        const EngineResponse hidden = call(alices);
        const EngineResponse missing = call(u"1700000000000x000000000000000000"_s);
        QCOMPARE(hidden.status, missing.status);
        QCOMPARE(hidden.body, missing.body);
    }

    // "Unrecognized field" and wrong-type errors name the schema only to a
    // caller who may create the type.
    void fieldErrorsNameTheSchemaOnlyToWhoMayWrite()
    {
        DataType &tx = m.project.dataTypes[m.project.indexOfDataType(u"Transaction"_s)];
        for (PrivacyRule &rule : tx.privacyRules)
            rule.permissions.createViaApi = false;
        const auto create = [&](const QJsonObject &body) {
            return m.call(u"bob"_s, "POST", u"/api/1.1/obj/transaction"_s, json(body));
        };
        const EngineResponse unknown = create({{u"salary"_s, 1}});
        const EngineResponse wrongType = create({{u"amount"_s, u"many"_s}});
        QCOMPARE(unknown.status, 401);
        QCOMPARE(wrongType.status, 401);
        QVERIFY(!unknown.body.contains("salary"));
    }

    // A line that is not JSON is not echoed back.
    void aBadBulkLineIsNotEchoed()
    {
        const EngineResponse response =
            m.call(u"alice"_s, "POST", u"/api/1.1/obj/transaction/bulk"_s,
                   "{\"note\": \"secret-4111\"\n", "text/plain");
        QCOMPARE(response.status, 200);
        QVERIFY2(!response.body.contains("secret-4111"), response.body.constData());
        QVERIFY(!response.trace.toText().contains(u"secret-4111"_s));
    }

    // A step that puts a record's value where it does not fit names the
    // field and the types, never the value: the trace goes to the log.
    void aWrongTypeStepDoesNotEchoTheValue()
    {
        Action copy = steps::onTransaction(
            ActionKind::CreateThing, {},
            {{u"amount"_s, u"(Search for Transactions):first item's phone"_s}});
        steps::add(m.project, u"copy_email"_s, AuthMode::UserAndAdmin, {copy}).exposed = true;
        const EngineResponse response = m.call(u"alice"_s, "POST", u"/api/1.1/wf/copy_email"_s);
        QCOMPARE(response.status, 400);
        const QString seen = QString::fromUtf8(response.body) + response.trace.toText();
        QVERIFY2(!seen.contains(u"555 0101"_s), qPrintable(seen));
        QVERIFY2(seen.contains(u"amount"_s) && seen.contains(u"expected number, got text"_s),
                 qPrintable(seen));
    }

    // AccessQuestion answers from everyone else only where no rule can
    // match, and modify needs find as in the engine.
    void accessQuestionUsesTheOneTable()
    {
        DataType &tx = m.project.dataTypes[m.project.indexOfDataType(u"Transaction"_s)];
        tx.everyoneElse.findInSearches = true;
        tx.everyoneElse.viewAllFields = true;
        const AccessQuestion question(m.project, *m.store, m.clock);
        // `admins` matches root and grants no create: not everywhere.
        tx.everyoneElse.createViaApi = true;
        QCOMPARE(question
                     .dataOperation(u"Transaction"_s, DataApiGate::Operation::Create,
                                    Principals::user(DemoProject::rootId()))
                     .verdict,
                 AccessAnswer::Verdict::DependsOnRecord);
        // Modify without find is no modify.
        tx.everyoneElse = {};
        tx.everyoneElse.modifyViaApi = true;
        for (PrivacyRule &rule : tx.privacyRules)
            rule.permissions = {};
        QCOMPARE(question
                     .dataOperation(u"Transaction"_s, DataApiGate::Operation::Modify,
                                    Principals::user(DemoProject::bobId()))
                     .verdict,
                 AccessAnswer::Verdict::Refused);
    }

private:
    // Changes the live records in place, keeping the fixture's sessions.
    void editRecords(const std::function<void(Record &)> &edit)
    {
        QVERIFY(m.store->begin());
        for (Record record : m.store->all()) {
            edit(record);
            QVERIFY(m.store->update(record));
        }
        QVERIFY(m.store->commit());
    }

    EngineFixture m;
};

QTEST_GUILESS_MAIN(tst_PolicyDecisions)
#include "tst_policydecisions.moc"
