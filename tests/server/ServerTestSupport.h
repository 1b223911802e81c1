#pragma once

#include "EchoHandler.h"
#include "RawHttpClient.h"
#include "server/HttpServer.h"

#include <memory>

namespace servertest {
inline const QByteArray chunkedPost = "POST /api/1.1/wf/echo?a=1&b=x+y HTTP/1.1\r\n"
                                      "Host: localhost\r\n"
                                      "Transfer-Encoding: chunked\r\n"
                                      "Content-Type: application/json\r\n"
                                      "\r\n"
                                      "5\r\n{\"a\":\r\n"
                                      "A\r\n 1, \"b\": 2\r\n"
                                      "1\r\n}\r\n"
                                      "0\r\n\r\n";

inline QByteArray get(const QByteArray &target, const QByteArray &extra = {})
{
    return "GET " + target + " HTTP/1.1\r\nHost: localhost\r\n" + extra + "\r\n";
}

inline QByteArray post(const QByteArray &target, const QByteArray &body,
                       const QByteArray &extra = {})
{
    return "POST " + target +
           " HTTP/1.1\r\nHost: localhost\r\nContent-Length: " + QByteArray::number(body.size()) +
           "\r\n" + extra + "\r\n" + body;
}

inline gatehouse::ServerLimits testLimits()
{
    gatehouse::ServerLimits limits;
    limits.lingerMs = 500;
    return limits;
}
} // namespace servertest

// A server with an EchoHandler and a rate clock the test moves by hand.
class ServerFixture
{
public:
    quint16 startServer(const gatehouse::ServerLimits &limits = servertest::testLimits())
    {
        handler = std::make_shared<EchoHandler>();
        server = std::make_unique<gatehouse::HttpServer>(handler, limits);
        server->setRateClock([this] { return nowMs; });
        const gatehouse::Result<quint16> port = server->start();
        if (!port)
            qWarning("%s", qUtf8Printable(port.errorMessage()));
        return port ? *port : 0;
    }

    std::shared_ptr<EchoHandler> handler;
    std::unique_ptr<gatehouse::HttpServer> server;
    qint64 nowMs = 0;
};
