#include "model/DemoProject.h"
#include "model/NameRules.h"
#include "model/ProjectIndex.h"
#include "model/ProjectValidator.h"

#include <QTest>

#include <functional>

using namespace Qt::Literals::StringLiterals;
using namespace gatehouse;

using Mutation = std::function<void(Project &)>;
Q_DECLARE_METATYPE(Mutation)

namespace {
Workflow &wf(Project &p, const QString &name)
{
    return p.workflows[p.indexOfWorkflow(name)];
}
DataType &type(Project &p, const QString &name)
{
    return p.dataTypes[p.indexOfDataType(name)];
}
Token adminToken(const QString &name)
{
    Token t;
    t.name = name;
    t.kind = TokenKind::Admin;
    t.prefix = u"gh_adm_abcd"_s;
    return t;
}
} // namespace

// Each row breaks one invariant of a valid project and names the error the
// validator must give for it.
class tst_ModelInvariants : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        auto built = DemoProject::build();
        QVERIFY(built.ok());
        m_demo = built.value();
        QVERIFY(ProjectValidator::validate(m_demo).isEmpty());
    }

    void brokenInvariant_data()
    {
        QTest::addColumn<Mutation>("mutate");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("expected");

        QTest::newRow("project without name") << Mutation([](Project &p) { p.name = u"  "_s; })
                                              << u"empty-name"_s << u"the project has no name"_s;
        QTest::newRow("workflow name with space")
            << Mutation([](Project &p) { wf(p, u"signup"_s).name = u"sign up"_s; })
            << u"invalid-name"_s << u"workflow `sign up`: a workflow name is part of its URL"_s;
        QTest::newRow("workflow name with slash")
            << Mutation([](Project &p) { wf(p, u"signup"_s).name = u"a/b"_s; }) << u"invalid-name"_s
            << u"workflow `a/b`"_s;
        QTest::newRow("workflow name empty")
            << Mutation([](Project &p) { wf(p, u"signup"_s).name.clear(); }) << u"invalid-name"_s
            << u"workflow ``"_s;
        QTest::newRow("duplicate workflow")
            << Mutation([](Project &p) { wf(p, u"signup"_s).name = u"public_ping"_s; })
            << u"duplicate-name"_s << u"another workflow already has this name"_s;
        QTest::newRow("duplicate workflow by case")
            << Mutation([](Project &p) { wf(p, u"signup"_s).name = u"Public_Ping"_s; })
            << u"duplicate-name"_s << u"workflow `public_ping`: another workflow already"_s;
        QTest::newRow("parameter key not url-safe")
            << Mutation([](Project &p) { wf(p, u"signup"_s).parameters[0].key = u"e mail"_s; })
            << u"invalid-name"_s << u"parameter `e mail`"_s;
        QTest::newRow("duplicate parameter")
            << Mutation([](Project &p) { wf(p, u"signup"_s).parameters[1].key = u"email"_s; })
            << u"duplicate-name"_s << u"two parameters of this key"_s;
        QTest::newRow("parameter of unknown type") << Mutation([](Project &p) {
            wf(p, u"signup"_s).parameters[0].type = FieldType::reference(u"Invoice"_s);
        }) << u"dangling-reference"_s << u"refers to data type `Invoice`"_s;
        QTest::newRow("GET with body parameters")
            << Mutation([](Project &p) { wf(p, u"public_ping"_s).method = HttpMethod::Get; })
            << u"invalid-value"_s << u"takes its parameters from the querystring"_s;
        QTest::newRow("action on unknown type") << Mutation([](Project &p) {
            wf(p, u"create_transaction"_s).actions[0].dataType = u"Invoice"_s;
        }) << u"dangling-reference"_s << u"step 1: uses data type `Invoice`"_s;
        QTest::newRow("action without type") << Mutation([](Project &p) {
            wf(p, u"create_transaction"_s).actions[0].dataType.clear();
        }) << u"missing-value"_s << u"Create a new thing needs a data type"_s;
        QTest::newRow("create sets unknown field") << Mutation([](Project &p) {
            wf(p, u"create_transaction"_s).actions[0].assignments[0].key = u"acount"_s;
        }) << u"dangling-reference"_s << u"sets field `acount`"_s;
        QTest::newRow("list action without list")
            << Mutation([](Project &p) { wf(p, u"admin_cleanup"_s).actions[0].target.clear(); })
            << u"missing-value"_s << u"needs a value for list to delete"_s;
        QTest::newRow("log in without password") << Mutation([](Project &p) {
            wf(p, u"issue_token"_s).actions[0].assignments.removeAt(1);
        }) << u"missing-value"_s << u"Log the user in needs a value for `password`"_s;
        QTest::newRow("log in with unknown key") << Mutation([](Project &p) {
            wf(p, u"issue_token"_s).actions[0].assignments.append({u"role"_s, u"x"_s});
        }) << u"unknown-key"_s << u"Log the user in takes no value `role`"_s;
        QTest::newRow("duplicate returned key") << Mutation([](Project &p) {
            wf(p, u"public_ping"_s).actions[0].assignments.append({u"pong"_s, u"1"_s});
        }) << u"duplicate-name"_s << u"key `pong` is given twice"_s;
        QTest::newRow("schedule unknown workflow") << Mutation([](Project &p) {
            Action a;
            a.kind = ActionKind::ScheduleWorkflow;
            a.workflow = u"nightly"_s;
            wf(p, u"public_ping"_s).actions.append(a);
        }) << u"dangling-reference"_s << u"schedules workflow `nightly`"_s;
        QTest::newRow("schedule with unknown parameter") << Mutation([](Project &p) {
            Action a;
            a.kind = ActionKind::ScheduleWorkflow;
            a.workflow = u"internal_recalc"_s;
            a.assignments = {{u"limit"_s, u"5"_s}};
            wf(p, u"public_ping"_s).actions.append(a);
        }) << u"dangling-reference"_s << u"passes parameter `limit`"_s;
        QTest::newRow("type name starts with digit") << Mutation([](Project &p) {
            DataType t;
            t.name = u"1Invoice"_s;
            p.dataTypes.append(t);
        }) << u"invalid-name"_s << u"a data type name must start with a letter"_s;
        QTest::newRow("types clash in Data API name") << Mutation([](Project &p) {
            DataType t;
            t.name = u"trans action"_s;
            p.dataTypes.append(t);
        }) << u"duplicate-name"_s << u"(Data API name `transaction`)"_s;
        QTest::newRow("User type missing")
            << Mutation([](Project &p) { p.dataTypes.removeAt(p.indexOfDataType(u"User"_s)); })
            << u"missing-user-type"_s << u"the built-in data type `User` is missing"_s;
        QTest::newRow("User without email")
            << Mutation([](Project &p) { type(p, u"User"_s).fields.removeAt(0); })
            << u"missing-field"_s << u"the built-in text field `email` is missing"_s;
        QTest::newRow("field with built-in name") << Mutation([](Project &p) {
            type(p, u"Transaction"_s).fields.append({u"Created Date"_s, FieldType::date()});
        }) << u"reserved-name"_s << u"belongs to a built-in field"_s;
        QTest::newRow("duplicate field") << Mutation([](Project &p) {
            type(p, u"Transaction"_s).fields.append({u"note"_s, FieldType::text()});
        }) << u"duplicate-name"_s << u"two fields of this name"_s;
        QTest::newRow("field refers to unknown type") << Mutation([](Project &p) {
            type(p, u"Transaction"_s)
                .fields.append({u"invoice"_s, FieldType::reference(u"Invoice"_s)});
        }) << u"dangling-reference"_s << u"refers to data type `Invoice`"_s;
        QTest::newRow("duplicate rule") << Mutation([](Project &p) {
            type(p, u"Transaction"_s).privacyRules[1].name = u"owner"_s;
        }) << u"duplicate-name"_s << u"two rules of this name"_s;
        QTest::newRow("rule shows unknown field") << Mutation([](Project &p) {
            auto &perm = type(p, u"Transaction"_s).privacyRules[0].permissions;
            perm.viewAllFields = false;
            perm.viewableFields = {u"amount"_s, u"iban"_s};
        }) << u"dangling-reference"_s << u"names field `iban`"_s;
        QTest::newRow("Data API exposes unknown type")
            << Mutation([](Project &p) { p.settings.dataApiTypes << u"Invoice"_s; })
            << u"dangling-reference"_s << u"the Data API exposes `Invoice`"_s;
        QTest::newRow("Data API lists type twice")
            << Mutation([](Project &p) { p.settings.dataApiTypes << u"Transaction"_s; })
            << u"duplicate-name"_s << u"lists `Transaction` twice"_s;
        QTest::newRow("negative lifetime")
            << Mutation([](Project &p) { p.settings.userTokenLifetimeSeconds = -1; })
            << u"out-of-range"_s << u"user token lifetimes must be positive"_s;
        QTest::newRow("zero body limit")
            << Mutation([](Project &p) { p.settings.limits.maxBodyBytes = 0; }) << u"out-of-range"_s
            << u"body size limit"_s;
        QTest::newRow("duplicate token") << Mutation([](Project &p) {
            p.tokens = {adminToken(u"ci"_s), adminToken(u"ci"_s)};
        }) << u"duplicate-name"_s << u"two tokens have this name"_s;
        QTest::newRow("user token for nobody") << Mutation([](Project &p) {
            Token t = adminToken(u"mobile"_s);
            t.kind = TokenKind::User;
            t.userId = u"nobody"_s;
            p.tokens = {t};
        }) << u"dangling-reference"_s << u"acts as user `nobody`"_s;
        QTest::newRow("user token for a transaction") << Mutation([](Project &p) {
            Token t = adminToken(u"mobile"_s);
            t.kind = TokenKind::User;
            t.userId = p.records.last().id;
            p.tokens = {t};
        }) << u"dangling-reference"_s << u"who does not exist"_s;
        QTest::newRow("token scope names unknown workflow") << Mutation([](Project &p) {
            Token t = adminToken(u"ci"_s);
            t.scopes.allWorkflows = false;
            t.scopes.workflows = {u"nightly"_s};
            p.tokens = {t};
        }) << u"dangling-reference"_s << u"its scope names workflow `nightly`"_s;
        QTest::newRow("token scope names unknown type") << Mutation([](Project &p) {
            Token t = adminToken(u"ci"_s);
            t.scopes.allDataTypes = false;
            t.scopes.dataTypes = {DataTypeScope{.dataType = u"Invoice"_s, .find = true}};
            p.tokens = {t};
        }) << u"dangling-reference"_s << u"its scope names data type `Invoice`"_s;
        QTest::newRow("duplicate record id")
            << Mutation([](Project &p) { p.records[4].id = p.records[3].id; })
            << u"duplicate-name"_s << u"two records have this id"_s;
        QTest::newRow("record of unknown type")
            << Mutation([](Project &p) { p.records[4].type = u"Invoice"_s; })
            << u"dangling-reference"_s << u"is of data type `Invoice`"_s;
        QTest::newRow("record created by a non-user")
            << Mutation([](Project &p) { p.records[4].createdBy = p.records[5].id; })
            << u"dangling-reference"_s << u"who is not a user"_s;
        QTest::newRow("record with unknown field")
            << Mutation([](Project &p) { p.records[4].values.insert(u"iban"_s, u"x"_s); })
            << u"unknown-key"_s << u"has a value for `iban`"_s;
        QTest::newRow("record value of wrong type")
            << Mutation([](Project &p) { p.records[4].values.insert(u"amount"_s, u"ten"_s); })
            << u"invalid-value"_s << u"field `amount`: expected a number"_s;
        QTest::newRow("two users with one email") << Mutation([](Project &p) {
            p.records[1].values.insert(u"email"_s, u"ALICE@example.com"_s);
        }) << u"duplicate-name"_s << u"another user has e-mail address"_s;
        QTest::newRow("password on a non-user")
            << Mutation([](Project &p) { p.records[4].passwordHash = "$argon2id$x"; })
            << u"invalid-value"_s << u"only a user has a password"_s;
    }

    void brokenInvariant()
    {
        QFETCH(Mutation, mutate);
        QFETCH(QString, code);
        QFETCH(QString, expected);
        Project project = m_demo;
        mutate(project);
        const Diagnostics diagnostics = ProjectValidator::validate(project);
        QVERIFY2(!diagnostics.isEmpty(), "the broken project was accepted");
        const Diagnostic &first = diagnostics.first();
        QCOMPARE(first.code, code);
        QVERIFY2(first.toString().contains(expected), qPrintable(first.toString()));
        QVERIFY(first.isError());
    }

    // The validators look names up through ProjectIndex; it must answer as
    // Project's own scans do, the first of two same-named items included.
    void indexFindsWhatTheProjectFinds()
    {
        Project p = m_demo;
        Record twin = p.records.first();
        twin.type = u"Transaction"_s;
        p.records.append(twin);
        Workflow second = p.workflows.first();
        second.description = u"the second of two"_s;
        p.workflows.append(second);
        const Project &project = p; // read only: a detach would move what the index points at
        const ProjectIndex index(project);
        for (const Record &r : project.records)
            QCOMPARE(index.findRecord(r.id), project.findRecord(r.id));
        for (const Workflow &w : project.workflows)
            QCOMPARE(index.findWorkflow(w.name), project.findWorkflow(w.name));
        for (const DataType &t : project.dataTypes)
            QCOMPARE(index.findDataType(t.name), project.findDataType(t.name));
        QCOMPARE(index.findRecord(twin.id), &project.records.first());
        QVERIFY(!index.findRecord(u"nobody"_s));
        QVERIFY(!index.findWorkflow(u"Public_Ping"_s)); // exact, as Project's
        QVERIFY(!index.findDataType(u""_s));
    }

    void urlSafeNames_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<bool>("safe");
        QTest::newRow("plain") << u"create_transaction"_s << true;
        QTest::newRow("dash") << u"create-new-user"_s << true;
        QTest::newRow("digits") << u"v2"_s << true;
        QTest::newRow("empty") << QString() << false;
        QTest::newRow("space") << u"a b"_s << false;
        QTest::newRow("dot") << u"a.b"_s << false;
        QTest::newRow("query") << u"a?b=1"_s << false;
        QTest::newRow("unicode") << u"caf\u00e9"_s << false;
        QTest::newRow("too long") << QString(101, u'a') << false;
        QTest::newRow("longest") << QString(100, u'a') << true;
    }

    void urlSafeNames()
    {
        QFETCH(QString, name);
        QFETCH(bool, safe);
        QCOMPARE(NameRules::isUrlSafe(name), safe);
    }

private:
    Project m_demo;
};

QTEST_GUILESS_MAIN(tst_ModelInvariants)
#include "tst_modelinvariants.moc"
