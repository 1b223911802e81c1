#include "DemoProject.h"

#include "crypto/PasswordHasher.h"

using namespace Qt::Literals::StringLiterals;

namespace gatehouse {

namespace {

const QString kTransaction = u"Transaction"_s;

PrivacyPermissions viewAndFind()
{
    PrivacyPermissions p;
    p.viewAllFields = true;
    p.findInSearches = true;
    return p;
}

Parameter parameter(const QString &key, FieldType type, bool optional = false)
{
    return Parameter{key, type, optional};
}

Action action(ActionKind kind, QList<Assignment> assignments, const QString &dataType = {},
              const QString &target = {})
{
    Action a;
    a.kind = kind;
    a.dataType = dataType;
    a.target = target;
    a.assignments = std::move(assignments);
    return a;
}

Workflow workflow(const QString &name, const QString &description, AuthMode auth,
                  QList<Parameter> parameters, QList<Action> actions)
{
    Workflow w;
    w.name = name;
    w.description = description;
    w.exposed = true;
    w.authentication = auth;
    w.parameters = std::move(parameters);
    w.actions = std::move(actions);
    return w;
}

QDateTime demoTime(int minutes)
{
    return QDateTime(QDate(2026, 1, 5), QTime(9, 0), Qt::UTC).addSecs(minutes * 60LL);
}

QString demoId(int serial)
{
    return u"%1x%2"_s.arg(demoTime(serial).toMSecsSinceEpoch()).arg(100000000000000000LL + serial);
}

Record record(int serial, const QString &type, const QString &creator, QJsonObject values)
{
    Record r;
    r.id = demoId(serial);
    r.type = type;
    r.createdDate = r.modifiedDate = demoTime(serial);
    r.createdBy = creator;
    r.values = std::move(values);
    return r;
}

} // namespace

QString DemoProject::aliceId()
{
    return demoId(1);
}
QString DemoProject::bobId()
{
    return demoId(2);
}
QString DemoProject::rootId()
{
    return demoId(3);
}

Result<Project> DemoProject::build()
{
    Project project;
    project.name = u"Payments demo"_s;
    project.settings.workflowApiEnabled = true;
    project.settings.dataApiEnabled = true;
    project.settings.dataApiTypes = {kTransaction};
    project.settings.userTokenLifetimeSeconds = 86400;
    project.settings.stayLoggedInLifetimeSeconds = 31536000;
    project.dataTypes = dataTypes();
    project.workflows = workflows();
    auto data = records();
    if (!data)
        return data.error();
    project.records = std::move(data).value();
    return project;
}

QList<DataType> DemoProject::dataTypes()
{
    DataType user = DataType::makeUser();
    user.fields.append(Field{u"name"_s, FieldType::text()});
    user.fields.append(Field{u"admin"_s, FieldType::yesNo()});
    user.privacyRules.append(PrivacyRule{u"self"_s, u"This User is Current User"_s, viewAndFind()});
    user.everyoneElse = PrivacyPermissions::nothing();

    DataType transaction;
    transaction.name = kTransaction;
    transaction.fields = {
        Field{u"account"_s, FieldType::text()}, Field{u"phone"_s, FieldType::text()},
        Field{u"amount"_s, FieldType::number()}, Field{u"note"_s, FieldType::text()},
        Field{u"tagged"_s, FieldType::yesNo()}};
    PrivacyPermissions owner = viewAndFind();
    owner.viewAttachedFiles = true;
    owner.createViaApi = owner.modifyViaApi = owner.deleteViaApi = true;
    transaction.privacyRules = {
        PrivacyRule{u"owner"_s, u"This Transaction's Creator is Current User"_s, owner},
        PrivacyRule{u"admins"_s, u"Current User's admin is yes"_s, viewAndFind()},
    };
    transaction.everyoneElse = PrivacyPermissions::nothing();
    return {user, transaction};
}

QList<Workflow> DemoProject::workflows()
{
    const FieldType text = FieldType::text();
    Workflow issueToken =
        workflow(u"issue_token"_s, u"Log a user in and return a user token for later calls."_s,
                 AuthMode::NoneRequired,
                 {parameter(u"email"_s, text), parameter(u"password"_s, text),
                  parameter(u"stay_logged_in"_s, FieldType::yesNo(), true)},
                 {action(ActionKind::LogIn, {{u"email"_s, u"email"_s},
                                             {u"password"_s, u"password"_s},
                                             {u"stay_logged_in"_s, u"stay_logged_in"_s}})});
    Workflow signup = workflow(
        u"signup"_s, u"Sign a new user up and return a user token."_s, AuthMode::NoneRequired,
        {parameter(u"email"_s, text), parameter(u"password"_s, text)},
        {action(ActionKind::SignUp, {{u"email"_s, u"email"_s}, {u"password"_s, u"password"_s}})});
    Workflow createTransaction = workflow(
        u"create_transaction"_s, u"Create a transaction owned by the caller."_s,
        AuthMode::UserAndAdmin,
        {parameter(u"account"_s, text), parameter(u"phone"_s, text),
         parameter(u"amount"_s, FieldType::number())},
        {action(
             ActionKind::CreateThing,
             {{u"account"_s, u"account"_s}, {u"phone"_s, u"phone"_s}, {u"amount"_s, u"amount"_s}},
             kTransaction),
         action(ActionKind::ReturnData, {{u"id"_s, u"Result of step 1's _id"_s},
                                         {u"amount"_s, u"Result of step 1's amount"_s}})});
    createTransaction.condition = u"amount > 0"_s;
    Workflow tagMine =
        workflow(u"tag_my_transactions"_s,
                 u"Tag every transaction the caller can find; privacy rules decide which."_s,
                 AuthMode::UserAndAdmin, {},
                 {action(ActionKind::MakeChangesToList, {{u"tagged"_s, u"yes"_s}}, kTransaction,
                         u"Search for Transactions"_s),
                  action(ActionKind::ReturnData, {{u"changed"_s, u"Result of step 1:count"_s}})});
    Workflow adminCleanup =
        workflow(u"admin_cleanup"_s, u"Delete every tagged transaction."_s, AuthMode::AdminOnly, {},
                 {action(ActionKind::DeleteList, {}, kTransaction,
                         u"Search for Transactions where tagged is yes"_s),
                  action(ActionKind::ReturnData, {{u"deleted"_s, u"Result of step 1:count"_s}})});
    Workflow ping =
        workflow(u"public_ping"_s, u"Answer that the API is up."_s, AuthMode::NoneRequired, {},
                 {action(ActionKind::ReturnData, {{u"pong"_s, u"\"ok\""_s}})});
    Workflow recalc =
        workflow(u"internal_recalc"_s, u"Mark every transaction as recalculated; only scheduled."_s,
                 AuthMode::UserAndAdmin, {},
                 {action(ActionKind::MakeChangesToList, {{u"note"_s, u"\"recalculated\""_s}},
                         kTransaction, u"Search for Transactions"_s)});
    recalc.exposed = false;
    return {issueToken, signup, createTransaction, tagMine, adminCleanup, ping, recalc};
}

Result<QList<Record>> DemoProject::records()
{
    struct DemoUser
    {
        int serial;
        QString email;
        QString password;
        QString name;
        bool admin;
    };
    const QList<DemoUser> users{
        {1, u"alice@example.com"_s, u"alice-password"_s, u"Alice"_s, false},
        {2, u"bob@example.com"_s, u"bob-password"_s, u"Bob"_s, false},
        {3, u"root@example.com"_s, u"root-password"_s, u"Root"_s, true},
    };
    QList<Record> out;
    for (const DemoUser &u : users) {
        auto hash = PasswordHasher::hash(u.password);
        if (!hash)
            return hash.error();
        Record r = record(u.serial, DataType::userTypeName(), {},
                          {{u"email"_s, u.email}, {u"name"_s, u.name}, {u"admin"_s, u.admin}});
        r.passwordHash = hash.value();
        out.append(r);
    }
    struct DemoTransaction
    {
        int serial;
        QString owner;
        double amount;
        QString account;
        QString phone;
    };
    const QList<DemoTransaction> transactions{
        {11, aliceId(), 10, u"ACC-ALICE-01"_s, u"+1 555 0101"_s},
        {12, aliceId(), 20, u"ACC-ALICE-01"_s, u"+1 555 0101"_s},
        {13, aliceId(), 30, u"ACC-ALICE-02"_s, u"+1 555 0101"_s},
        {21, bobId(), 5, u"ACC-BOB-01"_s, u"+1 555 0102"_s},
        {22, bobId(), 15, u"ACC-BOB-01"_s, u"+1 555 0102"_s},
    };
    for (const DemoTransaction &t : transactions) {
        out.append(record(t.serial, kTransaction, t.owner,
                          {{u"account"_s, t.account},
                           {u"phone"_s, t.phone},
                           {u"amount"_s, t.amount},
                           {u"note"_s, QString()},
                           {u"tagged"_s, false}}));
    }
    return out;
}

} // namespace gatehouse
