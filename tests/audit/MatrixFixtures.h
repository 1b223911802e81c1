#pragma once

#include "../server/KnownToken.h"
#include "model/DemoProject.h"
#include "model/Project.h"

#include <QHash>
#include <QTimeZone>

// The demo with tokens of every state and scope, and their secrets, for the
// access matrix's tests: the matrix mints its own secrets, a test that calls
// the served project needs the ones it knows.
namespace gatehouse::test {

inline QDateTime matrixNow()
{
    return QDateTime(QDate(2026, 6, 1), QTime(12, 0), QTimeZone::utc());
}

struct MatrixDemo
{
    Project project;
    QHash<QString, QString> secrets; // token name -> secret

    Token &add(const QString &name, TokenKind kind, const QString &userId = {})
    {
        QString secret;
        project.tokens.append(knownToken(name, kind, userId, matrixNow().addDays(-1), &secret));
        secrets.insert(name, secret);
        return project.tokens.last();
    }

    static MatrixDemo build()
    {
        MatrixDemo demo;
        demo.project = DemoProject::build().value();
        demo.add(QStringLiteral("ci"), TokenKind::Admin);
        Token &zapier = demo.add(QStringLiteral("zapier"), TokenKind::Admin);
        zapier.scopes.allWorkflows = false;
        zapier.scopes.workflows = {QStringLiteral("public_ping"),
                                   QStringLiteral("create_transaction")};
        zapier.scopes.allDataTypes = false;
        // Fetches by id and modifies what a webhook names; lists nothing.
        zapier.scopes.dataTypes = {
            DataTypeScope{.dataType = QStringLiteral("Transaction"), .view = true, .modify = true}};
        demo.add(QStringLiteral("alice-app"), TokenKind::User, DemoProject::aliceId());
        demo.add(QStringLiteral("old"), TokenKind::Admin).revoked = matrixNow().addDays(-2);
        demo.add(QStringLiteral("lapsed"), TokenKind::Admin).expires = matrixNow().addSecs(-60);
        return demo;
    }
};

} // namespace gatehouse::test
