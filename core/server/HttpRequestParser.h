#pragma once

#include "ServerLimits.h"
#include "engine/EngineRequest.h"

#include <memory>

namespace gatehouse {

// One request as it came off the wire, before the target is decoded.
struct ParsedRequest
{
    QByteArray method;
    QByteArray target;
    int version = 11; // 10 or 11
    HeaderList headers;
    QByteArray body;
    bool keepAlive = true;
    bool expectsContinue = false;
};

// Reads HTTP/1.1 requests incrementally with Boost.Beast's parser, one
// message after another from the same byte stream (pipelining). It takes
// bytes from the front of the buffer as it parses them and never holds more
// than one message: the URL, header and body limits hold before anything
// larger is buffered.
class HttpRequestParser
{
public:
    enum class Progress
    {
        NeedMore, // give it more bytes
        Complete, // take() the request
        Failed    // errorStatus() and errorMessage() say why; close after answering
    };

    explicit HttpRequestParser(const ServerLimits &limits);
    ~HttpRequestParser();
    HttpRequestParser(const HttpRequestParser &) = delete;
    HttpRequestParser &operator=(const HttpRequestParser &) = delete;

    Progress feed(QByteArray &buffer);
    ParsedRequest take(); // after Complete; the next feed() starts a new message

    bool messageStarted() const; // a request line is being read
    bool headerDone() const;
    // True once per message whose header asked for `100 Continue`.
    bool takeContinueRequest();
    int errorStatus() const;
    QString errorMessage() const;

private:
    struct Impl;
    std::unique_ptr<Impl> d;
};

} // namespace gatehouse
