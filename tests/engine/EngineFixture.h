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

    // A fresh copy of one fixture made once per test program: logging the
    // three users in costs three argon2id hashes, too slow for every row.
    bool build()
    {
        static std::unique_ptr<EngineFixture> pristine;
        if (!pristine) {
            auto made = std::make_unique<EngineFixture>();
            if (!made->buildFresh())
                return false;
            pristine = std::move(made);
        }
        project = pristine->project;
        store = std::make_unique<gatehouse::MemoryDataStore>(*pristine->store);
        secrets = pristine->secrets;
        clock.set(start);
        return true;
    }

    bool buildFresh()
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

    // How a trace names the caller's token: by name and prefix when it is
    // known, by prefix alone when it matches nothing, "no token" without one.
    QString tokenSubject(const QString &caller) const
    {
        if (!secrets.contains(caller))
            return QStringLiteral("no token");
        const QString prefix = gatehouse::TokenSecret::prefixOf(secrets.value(caller));
        if (caller == QStringLiteral("malformed"))
            return QStringLiteral("token %1\u2026").arg(prefix);
        const bool session = project.indexOfToken(caller) < 0;
        return QStringLiteral("token `%1` (%2)")
            .arg(session ? QStringLiteral("session") : caller, prefix);
    }

    // A request as `caller` sends it: with its token in the Authorization header.
    gatehouse::EngineRequest request(const QString &caller, const QByteArray &method,
                                     const QString &target, const QByteArray &body = {},
                                     QByteArray contentType = "application/json") const
    {
        gatehouse::HeaderList headers;
        if (!body.isEmpty())
            headers.append({QByteArrayLiteral("Content-Type"), contentType});
        if (secrets.contains(caller))
            headers.append(
                {QByteArrayLiteral("Authorization"), "Bearer " + secrets.value(caller).toUtf8()});
        return gatehouse::EngineRequest::make(method, target, body, headers);
    }

    gatehouse::EngineResponse call(const QString &caller, const QByteArray &method,
                                   const QString &target, const QByteArray &body = {},
                                   QByteArray contentType = "application/json")
    {
        gatehouse::Engine engine(std::make_shared<const gatehouse::Project>(project), *store,
                                 clock);
        return engine.handle(request(caller, method, target, body, std::move(contentType)));
    }
};
