#pragma once

#include "crypto/TokenSecret.h"
#include "model/DemoProject.h"
#include "storage/Database.h"

#include <QFile>
#include <QTest>

namespace gatehouse::test {

using namespace Qt::Literals::StringLiterals;

// The demo project plus two tokens with every kind of value a token holds:
// scopes, a hash (not the secret), set and unset dates with milliseconds.
// One saved request of each kind of target and principal, with every member set.
inline QList<SavedRequest> savedRequests()
{
    SavedRequest alice;
    alice.name = u"alice pays ✓"_s;
    alice.workflow = u"create_transaction"_s;
    alice.principal = PrincipalRef::user(u"alice@example.com"_s);
    alice.body = {{u"amount"_s, 12.5}, {u"note"_s, u"line\nbreak \"quoted\""_s}};
    alice.query = {{u"z"_s, u"1"_s}, {u"a"_s, u"x & y"_s}, {u"z"_s, u"2"_s}};
    alice.expectedStatus = 201;
    alice.expectedBody = {{u"response.amount"_s, 12.5}};
    SavedRequest ci;
    ci.name = u"ci reads one"_s;
    ci.target = SavedRequest::Target::Data;
    ci.dataType = u"Transaction"_s;
    ci.operation = SavedRequest::Operation::Modify;
    ci.recordId = u"1x2"_s;
    ci.principal = PrincipalRef::token(u"ci pipeline"_s);
    ci.expectedStatus = 403;
    SavedRequest nobody;
    nobody.name = u"nobody pings"_s;
    nobody.workflow = u"public_ping"_s;
    return {alice, ci, nobody};
}

inline Project demoWithTokens()
{
    static const Project project = [] {
        Project p = DemoProject::build().value();
        Token admin;
        admin.name = u"ci pipeline"_s;
        admin.kind = TokenKind::Admin;
        const IssuedSecret issued = TokenSecret::issue(TokenKind::Admin);
        admin.prefix = issued.prefix;
        admin.secretHash = issued.hash;
        admin.created = QDateTime(QDate(2026, 1, 6), QTime(10, 15, 30, 123), Qt::UTC);
        admin.scopes.allWorkflows = false;
        admin.scopes.workflows = {u"create_transaction"_s, u"public_ping"_s};
        admin.scopes.allDataTypes = false;
        // Find and view alike: a version 7 file, made from this by the
        // migration tests, had one read for both.
        admin.scopes.dataTypes = {
            DataTypeScope{.dataType = u"Transaction"_s, .find = true, .view = true, .create = true},
            DataTypeScope{.dataType = u"User"_s, .find = true, .view = true}};
        admin.scopes.privateFiles = false;
        Token user;
        user.name = u"alice phone"_s;
        user.kind = TokenKind::User;
        user.userId = DemoProject::aliceId();
        user.prefix = u"gh_usr_0001"_s;
        user.secretHash = QByteArray("\x00\x01\xfe\xff binary", 11);
        user.created = QDateTime(QDate(2026, 1, 7), QTime(8, 0), Qt::UTC);
        user.expires = user.created.addDays(1);
        user.lastUsed = user.created.addMSecs(4567);
        user.revoked = user.created.addSecs(3600);
        p.tokens = {admin, user};
        p.savedRequests = savedRequests();
        p.acceptedFindings = {{u"swagger-enabled"_s, u"settings/swaggerEnabled"_s,
                               u"the docs site reads it ✓"_s,
                               QDateTime(QDate(2026, 1, 8), QTime(9, 30, 0, 5), Qt::UTC)},
                              {u"exposed-none-changes-data"_s, u"workflows/public_ping"_s,
                               u"a kiosk"_s, QDateTime()}};
        return p;
    }();
    return project;
}

inline QByteArray fileBytes(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

inline bool writeBytes(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) &&
           file.write(bytes) == bytes.size();
}

// Runs raw SQL on a file, as a person with the sqlite3 tool would.
inline QString execSql(const QString &path, const QString &sql)
{
    auto db = Database::open(path, Database::OpenMode::Create);
    if (!db)
        return db.errorMessage();
    auto done = db.value()->exec(sql);
    return done ? QString() : done.errorMessage();
}

inline int userVersionOf(const QString &path)
{
    auto db = Database::open(path, Database::OpenMode::ReadOnly);
    if (!db)
        return -1;
    auto version = db.value()->userVersion();
    return version ? version.value() : -1;
}

} // namespace gatehouse::test
