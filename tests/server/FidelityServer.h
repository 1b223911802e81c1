#pragma once

#include "RawHttpClient.h"

#include "crypto/TokenSecret.h"
#include "engine/MemoryDataStore.h"
#include "model/DemoProject.h"
#include "server/EngineHandler.h"
#include "server/HttpServer.h"

#include <QJsonArray>
#include <QTest>
#include <QUrl>

#include <memory>

// The demo project behind the real HTTP server on loopback, with one admin
// token, for the tests that check a wire behaviour against
// shared/reference/bubble-api.md. A test edits the project with `serve`.
class FidelityServer
{
public:
    // Builds the demo with an admin token; `edit` changes it before serving.
    template <typename Edit>
    bool serve(Edit edit)
    {
        auto demo = gatehouse::DemoProject::build();
        if (!demo)
            return false;
        project = demo.value();
        const gatehouse::IssuedSecret admin =
            gatehouse::TokenSecret::issue(gatehouse::TokenKind::Admin);
        gatehouse::Token token;
        token.name = QStringLiteral("ci");
        token.prefix = admin.prefix;
        token.secretHash = admin.hash;
        project.tokens = {token};
        adminSecret = admin.secret;
        edit(project);
        store = std::make_unique<gatehouse::MemoryDataStore>(project.records);
        snapshots = std::make_unique<gatehouse::ProjectSnapshots>(
            std::make_shared<const gatehouse::Project>(project));
        auto handler = std::make_shared<gatehouse::EngineHandler>(*snapshots, *store, clock);
        handler->setDetectListener(&detector);
        server = std::make_unique<gatehouse::HttpServer>(handler);
        const auto started = server->start();
        if (!started)
            return false;
        port = started.value();
        return true;
    }
    bool serve()
    {
        return serve([](gatehouse::Project &) {});
    }

    void publish(const gatehouse::Project &edited)
    {
        snapshots->publish(std::make_shared<const gatehouse::Project>(edited));
    }

    std::optional<RawResponse> request(const QByteArray &method, const QByteArray &target,
                                       const QByteArray &body = {}, const QString &token = {},
                                       const QByteArray &contentType = "application/json")
    {
        QByteArray bytes = method + ' ' + target + " HTTP/1.1\r\nHost: localhost\r\n";
        if (!token.isEmpty())
            bytes += "Authorization: Bearer " + token.toUtf8() + "\r\n";
        if (!body.isEmpty())
            bytes += "Content-Type: " + contentType + "\r\n";
        bytes += "Content-Length: " + QByteArray::number(body.size()) + "\r\n\r\n" + body;
        RawHttpClient client(port);
        client.send(bytes);
        return client.read();
    }
    std::optional<RawResponse> post(const QByteArray &target, const QByteArray &body,
                                    const QString &token = {})
    {
        return request("POST", target, body, token);
    }
    std::optional<RawResponse> get(const QByteArray &target, const QString &token = {})
    {
        return request("GET", target, {}, token);
    }

    // GET /obj/<type> with the query items given, already percent-encoded.
    QJsonArray list(const QByteArray &type, const QByteArray &query, const QString &token)
    {
        const auto response = get("/api/1.1/obj/" + type + "?" + query, token);
        if (!response || response->status != 200)
            return {};
        return response->json()[QStringLiteral("response")][QStringLiteral("results")].toArray();
    }

    static QByteArray encoded(const QByteArray &text)
    {
        return QUrl::toPercentEncoding(QString::fromUtf8(text));
    }

    gatehouse::Project project;
    QString adminSecret;
    // Moved by the test between requests only.
    gatehouse::ManualClock clock{QDateTime::currentDateTimeUtc()};
    gatehouse::DetectDataListener detector;
    std::unique_ptr<gatehouse::MemoryDataStore> store;
    std::unique_ptr<gatehouse::ProjectSnapshots> snapshots;
    std::unique_ptr<gatehouse::HttpServer> server;
    quint16 port = 0;
};
