#pragma once

#include "audit/AuditEnvironment.h"
#include "model/Project.h"

#include <QTimeZone>

#include <functional>

// Small projects for the audit's tests: a clean base, and the edits that make
// one check trip or nearly trip.
namespace gatehouse::test {

inline QDateTime auditNow()
{
    return QDateTime(QDate(2026, 6, 1), QTime(12, 0), QTimeZone::utc());
}

inline Action step(ActionKind kind, QList<Assignment> assignments = {}, QString type = {},
                   QString target = {}, QString condition = {})
{
    Action a;
    a.kind = kind;
    a.assignments = std::move(assignments);
    a.dataType = std::move(type);
    a.target = std::move(target);
    a.condition = std::move(condition);
    return a;
}

inline Workflow flow(const QString &name, AuthMode auth, QList<Action> actions,
                     QList<Parameter> parameters = {})
{
    Workflow w;
    w.name = name;
    w.authentication = auth;
    w.actions = std::move(actions);
    w.parameters = std::move(parameters);
    return w;
}

inline Record record(const QString &id, const QString &type, QJsonObject values = {},
                     const QString &createdBy = {})
{
    Record r;
    r.id = id;
    r.type = type;
    r.values = std::move(values);
    r.createdBy = createdBy;
    r.createdDate = r.modifiedDate = auditNow().addDays(-1);
    return r;
}

// A project no check trips: one User-and-admin workflow, a Note type nobody
// else may touch, one test user, tokens only in the header.
inline Project cleanProject()
{
    Project p = Project::makeEmpty(QStringLiteral("Audit base"));
    p.settings.tokensInQuerystring = false;
    DataType &user = p.dataTypes[p.indexOfDataType(DataType::userTypeName())];
    user.fields << Field{QStringLiteral("name"), FieldType::text()}
                << Field{QStringLiteral("admin"), FieldType::yesNo()};
    // Made private: a type nobody made private is public, as in Bubble.
    user.everyoneElse = PrivacyPermissions::nothing();
    DataType note;
    note.everyoneElse = PrivacyPermissions::nothing();
    note.name = QStringLiteral("Note");
    note.fields << Field{QStringLiteral("text"), FieldType::text()}
                << Field{QStringLiteral("attachment"), FieldType::file()};
    PrivacyRule owner{QStringLiteral("owner"),
                      QStringLiteral("This Note's Creator is Current User"),
                      PrivacyPermissions::everything()};
    note.privacyRules << owner;
    p.dataTypes << note;
    p.workflows << flow(
        QStringLiteral("hello"), AuthMode::UserAndAdmin,
        {step(ActionKind::ReturnData, {{QStringLiteral("greeting"), QStringLiteral("\"hi\"")}})});
    p.records << record(QStringLiteral("u1"), DataType::userTypeName(),
                        {{QStringLiteral("email"), QStringLiteral("ann@example.com")},
                         {QStringLiteral("name"), QStringLiteral("Ann")},
                         {QStringLiteral("admin"), true}})
              << record(QStringLiteral("n1"), QStringLiteral("Note"),
                        {{QStringLiteral("text"), QStringLiteral("mine")}}, QStringLiteral("u1"));
    return p;
}

inline DataType &typeOf(Project &p, const QString &name)
{
    return p.dataTypes[p.indexOfDataType(name)];
}

inline Token adminToken(const QString &name, int createdDaysAgo = 1)
{
    Token t;
    t.name = name;
    t.kind = TokenKind::Admin;
    t.prefix = QStringLiteral("gh_adm_0000");
    t.created = auditNow().addDays(-createdDaysAgo);
    t.lastUsed = auditNow().addDays(-1);
    t.expires = auditNow().addDays(30);
    t.scopes.allWorkflows = false;
    t.scopes.workflows = {QStringLiteral("hello")};
    return t;
}

// One row of the trip/clean table: an edit of the clean project (and its
// environment) that trips the check, and a near miss that must not.
struct CheckCase
{
    QString check;
    std::function<void(Project &, audit::AuditEnvironment &)> trip;
    std::function<void(Project &, audit::AuditEnvironment &)> nearMiss;
};

QList<CheckCase> checkCases();

} // namespace gatehouse::test
