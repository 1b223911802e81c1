#pragma once

#include "engine/Engine.h"
#include "engine/MemoryDataStore.h"

#include "crypto/TokenSecret.h"
#include "model/DemoProject.h"

#include <QJsonDocument>
#include <QMap>

// The demo project with the tokens the engine tests call with, a memory
// store and a clock. Secrets are made fresh each run and kept only here.
struct EngineFixture
{
    static inline const QDateTime start{QDate(2026, 6, 1), QTime(12, 0), Qt::UTC};

    gatehouse::Project project;
    std::unique_ptr<gatehouse::MemoryDataStore> store;
    gatehouse::ManualClock clock{start};
    QMap<QString, QString> secrets; // caller name -> secret

    bool build()
    {
        auto demo = gatehouse::DemoProject::build();
        if (!demo)
            return false;
        project = demo.value();
        addToken(QStringLiteral("admin"), {});
        addToken(QStringLiteral("ping-only"), {}).scopes.allWorkflows = false;
        project.tokens.last().scopes.workflows = {QStringLiteral("public_ping")};
        addToken(QStringLiteral("expired"), {}).expires = start.addSecs(-60);
        addToken(QStringLiteral("revoked"), {}).revoked = start.addSecs(-60);
        store = std::make_unique<gatehouse::MemoryDataStore>(project.records);
        for (const auto &[name, email, password] :
             {std::tuple{QStringLiteral("alice"), QStringLiteral("alice@example.com"),
                         QStringLiteral("alice-password")},
              std::tuple{QStringLiteral("bob"), QStringLiteral("bob@example.com"),
                         QStringLiteral("bob-password")},
              std::tuple{QStringLiteral("root"), QStringLiteral("root@example.com"),
                         QStringLiteral("root-password")}}) {
            const auto response =
                call(QStringLiteral("anonymous"), "POST", QStringLiteral("/api/1.1/wf/issue_token"),
                     QJsonDocument(QJsonObject{{QStringLiteral("email"), email},
                                               {QStringLiteral("password"), password}})
                         .toJson());
            secrets.insert(name,
                           response.jsonBody()[QStringLiteral("response")][QStringLiteral("token")]
                               .toString());
        }
        secrets.insert(QStringLiteral("malformed"), QStringLiteral("gh_usr_not-a-real-token"));
        return secrets.value(QStringLiteral("alice")).startsWith(QStringLiteral("gh_usr_"));
    }

    gatehouse::Token &addToken(const QString &name, const QString &userId)
    {
        const gatehouse::IssuedSecret issued =
            gatehouse::TokenSecret::issue(gatehouse::TokenKind::Admin);
        gatehouse::Token token;
        token.name = name;
        token.userId = userId;
        token.prefix = issued.prefix;
        token.secretHash = issued.hash;
        token.created = start.addDays(-1);
        project.tokens.append(token);
        secrets.insert(name, issued.secret);
        return project.tokens.last();
    }

    gatehouse::EngineResponse call(const QString &caller, const QByteArray &method,
                                   const QString &target, const QByteArray &body = {},
                                   QByteArray contentType = "application/json")
    {
        gatehouse::HeaderList headers;
        if (!body.isEmpty())
            headers.append({QByteArrayLiteral("Content-Type"), contentType});
        if (secrets.contains(caller))
            headers.append(
                {QByteArrayLiteral("Authorization"), "Bearer " + secrets.value(caller).toUtf8()});
        gatehouse::Engine engine(std::make_shared<const gatehouse::Project>(project), *store,
                                 clock);
        return engine.handle(gatehouse::EngineRequest::make(method, target, body, headers));
    }
};
