#pragma once

#include "server/RequestHandler.h"

#include <QJsonArray>
#include <QJsonObject>

#include <atomic>

// Answers with what it received, so tests can check the decoding; a path
// of /no-content answers 204, /big 64 KiB of text. Called on the server
// thread.
class EchoHandler : public gatehouse::RequestHandler
{
public:
    gatehouse::EngineResponse handle(const gatehouse::EngineRequest &request) override
    {
        ++calls;
        if (request.path == QStringLiteral("/no-content"))
            return gatehouse::EngineResponse::empty(204);
        if (request.path == QStringLiteral("/big")) {
            gatehouse::EngineResponse big = gatehouse::EngineResponse::empty(200);
            big.body = QByteArray(bigBodyBytes, 'x');
            return big;
        }
        QJsonArray query;
        for (const auto &[key, value] : request.query)
            query.append(QJsonArray{key, value});
        QJsonArray headers;
        for (const auto &[name, value] : request.headers)
            headers.append(QJsonArray{QString::fromLatin1(name), QString::fromLatin1(value)});
        return gatehouse::EngineResponse::json(
            200, {{QStringLiteral("method"), QString::fromLatin1(request.method)},
                  {QStringLiteral("path"), request.path},
                  {QStringLiteral("query"), query},
                  {QStringLiteral("headers"), headers},
                  {QStringLiteral("bodyLength"), request.body.size()},
                  {QStringLiteral("body"), QString::fromUtf8(request.body.left(1000))}});
    }

    static constexpr int bigBodyBytes = 64 * 1024;
    std::atomic<int> calls = 0;
};
