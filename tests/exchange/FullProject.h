#pragma once

#include "model/Project.h"

#include <QJsonArray>

// A project that sets every member of every noun to something other than
// its default, with every field kind, action kind and auth mode, so a round
// trip that drops or alters anything shows.
namespace fullproject {

using namespace Qt::Literals::StringLiterals;
using namespace gatehouse;

inline QDateTime at(int day, int hour, int minute = 0, int ms = 0)
{
    return QDateTime(QDate(2026, 2, day), QTime(hour, minute, 0, ms), Qt::UTC);
}

inline FieldType listOf(FieldType type)
{
    type.isList = true;
    return type;
}

inline QList<DataType> dataTypes()
{
    DataType user = DataType::makeUser();
    user.fields.append({u"nickname"_s, FieldType::text()});
    user.fields.append({u"tags"_s, listOf(FieldType::text())});
    PrivacyPermissions self;
    self.viewableFields = {u"email"_s, u"nickname"_s, u"Created Date"_s};
    self.findInSearches = true;
    self.allowAutoBinding = true;
    self.autoBindingFields = {u"nickname"_s};
    user.privacyRules.append({u"self"_s, u"This User is Current User"_s, self});

    DataType product;
    product.name = u"Product Item"_s;
    product.fields = {{u"title"_s, FieldType::text()},
                      {u"unit price"_s, FieldType::number()},
                      {u"in stock"_s, FieldType::yesNo()},
                      {u"released"_s, FieldType::date()},
                      {u"manual"_s, FieldType::file()},
                      {u"related"_s, listOf(FieldType::reference(u"Product Item"_s))}};
    product.everyoneElse = PrivacyPermissions::everything();

    DataType order;
    order.name = u"Order"_s;
    order.fields = {{u"product"_s, FieldType::reference(u"Product Item"_s)},
                    {u"quantity"_s, FieldType::number()},
                    {u"buyer"_s, FieldType::reference(u"User"_s)},
                    {u"photos"_s, listOf(FieldType::file())},
                    {u"dates"_s, listOf(FieldType::date())},
                    {u"flags"_s, listOf(FieldType::yesNo())},
                    {u"amounts"_s, listOf(FieldType::number())}};
    PrivacyPermissions buyer = PrivacyPermissions::everything();
    buyer.viewAllFields = false;
    buyer.viewableFields = {u"product"_s, u"quantity"_s};
    order.privacyRules = {{u"buyer"_s, u"This Order's buyer is Current User"_s, buyer},
                          {u"nobody"_s, QString(), PrivacyPermissions::nothing()}};
    order.everyoneElse.viewAttachedFiles = true;
    order.everyoneElse.viewableFields = {u"_id"_s};
    return {user, product, order};
}

inline Action step(ActionKind kind, QList<Assignment> assignments, const QString &dataType = {},
                   const QString &target = {})
{
    Action a;
    a.kind = kind;
    a.dataType = dataType;
    a.target = target;
    a.assignments = std::move(assignments);
    return a;
}

inline QList<Workflow> workflows()
{
    Workflow order;
    order.name = u"place-order_2"_s;
    order.description = u"Place an order: \"quoted\", tab\there,\nnew line, ünïcødé ✓"_s;
    order.authentication = AuthMode::UserAndAdmin;
    order.parameters = {{u"product"_s, FieldType::reference(u"Product Item"_s), false},
                        {u"quantity"_s, FieldType::number(), true},
                        {u"notes"_s, listOf(FieldType::text()), true}};
    order.condition = u"quantity > 0"_s;
    order.return200IfConditionNotMet = true;
    Action create =
        step(ActionKind::CreateThing,
             {{u"product"_s, u"product"_s}, {u"quantity"_s, u"quantity"_s}}, u"Order"_s);
    create.condition = u"product is not empty"_s;
    order.actions = {
        create,
        step(ActionKind::MakeChanges, {{u"quantity"_s, u"2"_s}}, u"Order"_s, u"Result of step 1"_s),
        step(ActionKind::MakeChangesToList, {{u"in stock"_s, u"no"_s}}, u"Product Item"_s,
             u"Search for Product Items"_s),
        step(ActionKind::DeleteThing, {}, u"Order"_s, u"Result of step 1"_s),
        step(ActionKind::DeleteList, {}, u"Order"_s, u"Search for Orders"_s),
        step(ActionKind::SendEmail, {{u"to"_s, u"\"ops@example.com\""_s},
                                     {u"subject"_s, u"\"hi\""_s},
                                     {u"body"_s, u"\"an order\""_s}}),
        step(ActionKind::ReturnData, {{u"id"_s, u"Result of step 1's _id"_s}}),
        step(ActionKind::Terminate, {}),
    };
    Action schedule = step(ActionKind::ScheduleWorkflow, {{u"who"_s, u"Current User"_s}}, {},
                           u"Current date/time +(days): 1"_s);
    schedule.workflow = u"lookup"_s;
    order.actions.insert(6, schedule);

    Workflow lookup;
    lookup.name = u"lookup"_s;
    lookup.exposed = false;
    lookup.authentication = AuthMode::AdminOnly;
    lookup.ignorePrivacyRules = true;
    lookup.method = HttpMethod::Get;
    lookup.parameterSource = ParameterSource::Querystring;
    lookup.parameters = {{u"who"_s, FieldType::reference(u"User"_s), false}};

    Workflow account;
    account.name = u"account"_s;
    account.authentication = AuthMode::NoneRequired;
    account.parameterSource = ParameterSource::Querystring;
    account.parameters = {{u"email"_s, FieldType::text(), false},
                          {u"password"_s, FieldType::text(), false},
                          {u"day"_s, FieldType::date(), true},
                          {u"ok"_s, FieldType::yesNo(), true},
                          {u"doc"_s, FieldType::file(), true}};
    account.actions = {
        step(ActionKind::SignUp, {{u"email"_s, u"email"_s}, {u"password"_s, u"password"_s}}),
        step(ActionKind::LogIn, {{u"email"_s, u"email"_s},
                                 {u"password"_s, u"password"_s},
                                 {u"stay_logged_in"_s, u"yes"_s}}),
        step(ActionKind::LogOut, {}),
    };
    // An edit that changed the kind may leave a member the kind does not use.
    Action stale = step(ActionKind::ReturnData, {}, u"Order"_s, u"left over"_s);
    stale.workflow = u"lookup"_s;
    account.actions.append(stale);
    return {order, lookup, account};
}

inline QList<Token> tokens()
{
    Token ci;
    ci.name = u"ci deploy"_s;
    ci.kind = TokenKind::Admin;
    ci.prefix = u"gh_adm_3f9a"_s;
    ci.secretHash = QByteArray(64, 'a');
    ci.created = at(1, 8, 30, 123);
    ci.expires = at(28, 23, 59, 999);
    ci.lastUsed = at(2, 10);
    ci.revoked = at(3, 11);
    ci.purpose = u"deploys from CI"_s;
    ci.lastReviewed = at(2, 12);
    ci.scopes.allWorkflows = false;
    ci.scopes.workflows = {u"lookup"_s, u"account"_s};
    ci.scopes.allDataTypes = false;
    // Find without view and view without find: the config keeps them apart.
    ci.scopes.dataTypes = {{.dataType = u"Order"_s, .find = true, .modify = true},
                           {.dataType = u"Product Item"_s, .view = true, .remove = true}};
    ci.scopes.privateFiles = false;

    Token alice;
    alice.name = u"alice's phone"_s;
    alice.kind = TokenKind::User;
    alice.userId = u"u1"_s;
    alice.prefix = u"gh_usr_0b12"_s;
    alice.created = at(4, 9).toLocalTime(); // written in UTC all the same
    return {ci, alice};
}

inline QList<Record> records()
{
    Record alice;
    alice.id = u"u1"_s;
    alice.type = u"User"_s;
    alice.createdDate = at(1, 9);
    alice.modifiedDate = at(5, 9, 1, 7);
    alice.values = {{u"email"_s, u"alice@example.com"_s},
                    {u"nickname"_s, u"Ålice ✓"_s},
                    {u"tags"_s, QJsonArray{u"a"_s, u"b"_s}}};
    alice.passwordHash = "$argon2id$v=19$m=65536,t=2,p=1$c2FsdHNhbHQ$aGFzaGhhc2g";

    Record product;
    product.id = u"p1"_s;
    product.type = u"Product Item"_s;
    product.createdBy = u"u1"_s;
    product.values = {{u"title"_s, u"Widget \"deluxe\"\n"_s},
                      {u"unit price"_s, 19.99},
                      {u"in stock"_s, true},
                      {u"released"_s, u"2026-01-31T12:00:00.000Z"_s},
                      {u"manual"_s, u"files/manual.pdf"_s},
                      {u"related"_s, QJsonArray{u"p1"_s}}};

    Record order;
    order.id = u"o1"_s;
    order.type = u"Order"_s;
    order.createdDate = at(6, 0);
    order.modifiedDate = at(6, 0);
    order.createdBy = u"u1"_s;
    order.values = {{u"product"_s, u"p1"_s},
                    {u"quantity"_s, 3},
                    {u"buyer"_s, u"u1"_s},
                    {u"photos"_s, QJsonArray{}},
                    {u"dates"_s, QJsonArray{u"2026-02-01T00:00:00.000Z"_s}},
                    {u"flags"_s, QJsonArray{true, false}},
                    {u"amounts"_s, QJsonArray{0.1, -2.5, 1e-7, 123456789012.0, 1e21, 0}}};
    return {alice, product, order};
}

inline QList<SavedRequest> savedRequests()
{
    SavedRequest asAlice;
    asAlice.name = u"alice looks up ✓"_s;
    asAlice.workflow = u"lookup"_s;
    asAlice.principal = PrincipalRef::user(u"alice@example.com"_s);
    asAlice.body = {{u"quantity"_s, 3}, {u"note"_s, u"\"quoted\""_s}};
    asAlice.query = {{u"b"_s, u"2"_s}, {u"a"_s, u"1 & 2"_s}, {u"b"_s, u"again"_s}};
    asAlice.expectedStatus = 201;
    asAlice.expectedBody = {{u"response.count"_s, 3}, {u"status"_s, u"success"_s}};

    SavedRequest byToken;
    byToken.name = u"ci reads an order"_s;
    byToken.target = SavedRequest::Target::Data;
    byToken.dataType = u"Order"_s;
    byToken.operation = SavedRequest::Operation::Get;
    byToken.recordId = u"o1"_s;
    byToken.principal = PrincipalRef::token(u"ci deploy"_s);
    byToken.expectedStatus = 401;

    SavedRequest anonymous;
    anonymous.name = u"nobody lists products"_s;
    anonymous.target = SavedRequest::Target::Data;
    anonymous.dataType = u"Product Item"_s;
    anonymous.operation = SavedRequest::Operation::List;
    anonymous.expectedStatus = 404;
    return {asAlice, byToken, anonymous};
}

inline Project build()
{
    Project p;
    p.name = u"Everything shop ✓"_s;
    p.settings.workflowApiEnabled = false;
    p.settings.dataApiEnabled = true;
    p.settings.dataApiTypes = {u"Order"_s, u"Product Item"_s};
    p.settings.swaggerEnabled = true;
    p.settings.tokensInQuerystring = false;
    p.settings.adminTokensBypassPrivacyInWorkflows = false;
    p.settings.userTokenLifetimeSeconds = 3600;
    p.settings.stayLoggedInLifetimeSeconds = 7200;
    p.settings.userTokenInactivitySeconds = 600;
    p.settings.tokenReviewIntervalDays = 14;
    p.settings.limits = {2048, 0, 5, 50, 11, 12, 3, 4000, 100};
    p.dataTypes = dataTypes();
    p.workflows = workflows();
    p.tokens = tokens();
    p.records = records();
    p.savedRequests = savedRequests();
    p.acceptedFindings = {{u"swagger-enabled"_s, u"settings/swaggerEnabled"_s,
                           u"the docs site \"reads\" it ✓"_s, at(3, 8, 15, 250)},
                          {u"exposed-none-changes-data"_s, u"workflows/lookup"_s,
                           u"a kiosk, behind the shop's VPN"_s, QDateTime()}};
    return p;
}

} // namespace fullproject
