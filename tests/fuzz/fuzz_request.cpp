// libFuzzer entry point for the request path as the test server runs it:
// raw bytes through the HTTP parser (pipelined requests, one after
// another), the target decoder, the Host/Origin guard and the rate gate,
// the engine over the demo project, and the response writer. Any crash,
// sanitizer report, leak or hang is a finding, and so is a response that
// is not one HTTP/1.1 message, or one that carries the admin secret.

#include "crypto/TokenSecret.h"
#include "engine/Clock.h"
#include "engine/Engine.h"
#include "engine/MemoryDataStore.h"
#include "model/DemoProject.h"
#include "server/HttpRequestParser.h"
#include "server/HttpResponseWriter.h"
#include "server/OriginGuard.h"
#include "server/RateLimitGate.h"
#include "server/TargetDecoder.h"

#include <QHostAddress>

#include <cstdio>
#include <cstdlib>

using namespace gatehouse;
using namespace Qt::Literals::StringLiterals;

namespace {

constexpr quint16 kPort = 8080; // the seeds' Host is localhost:8080

struct Served
{
    std::shared_ptr<const Project> project;
    QString adminSecret;
};

const Served &served()
{
    static const Served once = [] {
        Project project = DemoProject::build().value();
        project.settings.dataApiTypes.append(DataType::userTypeName());
        const IssuedSecret admin = TokenSecret::issue(TokenKind::Admin);
        Token token;
        token.name = u"fuzz"_s;
        token.prefix = admin.prefix;
        token.secretHash = admin.hash;
        project.tokens.append(token);
        return Served{std::make_shared<const Project>(project), admin.secret};
    }();
    return once;
}

[[noreturn]] void finding(const char *what, const QByteArray &out)
{
    std::fprintf(stderr, "%s\n%.*s\n", what, int(std::min<qsizetype>(out.size(), 2000)),
                 out.constData());
    std::abort();
}

void checkResponse(const QByteArray &out)
{
    if (!out.startsWith("HTTP/1.1 "))
        finding("a response that is not HTTP/1.1", out);
    const qsizetype headerEnd = out.indexOf("\r\n\r\n");
    if (headerEnd < 0)
        finding("a response header without its end", out);
    const QByteArray header = out.left(headerEnd);
    if (header.contains('\0'))
        finding("a NUL in a response header", out);
    if (header.count("\r\nContent-Length:") > 1)
        finding("two Content-Length headers", out);
    if (out.contains(served().adminSecret.toUtf8()))
        finding("the admin secret in a response", out);
}

QByteArray respond(ParsedRequest parsed, DataStore &store, const Clock &clock, RateLimitGate &rates,
                   const OriginGuard &origins)
{
    const auto target = TargetDecoder::decode(parsed.target);
    if (!target)
        return HttpResponseWriter::serialize(HttpResponseWriter::error(400, u"not a path"_s),
                                             false);
    EngineRequest request;
    request.method = parsed.method;
    request.path = target->path;
    request.query = target->query;
    request.headers = std::move(parsed.headers);
    request.body = std::move(parsed.body);
    if (const auto refusal = origins.check(request))
        return HttpResponseWriter::serialize(
            HttpResponseWriter::error(refusal->status, refusal->message), false);
    if (const auto verdict = rates.admit(request, u"127.0.0.1"_s); verdict.retryAfterSeconds > 0)
        return HttpResponseWriter::serialize(
            HttpResponseWriter::retryLater(429, verdict.message, verdict.retryAfterSeconds),
            parsed.keepAlive);
    Engine engine(served().project, store, clock);
    const EngineResponse response = engine.handle(request);
    return request.method == "HEAD" ? HttpResponseWriter::serializeHead(response, parsed.keepAlive)
                                    : HttpResponseWriter::serialize(response, parsed.keepAlive);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const ManualClock clock(QDateTime(QDate(2026, 3, 1), QTime(12, 0), Qt::UTC));
    ServerLimits limits;
    limits.maxBodyBytes = 64 * 1024;
    MemoryDataStore store(served().project->records);
    RateLimitGate rates(limits, [] { return qint64(0); });
    const OriginGuard origins(QHostAddress(QHostAddress::LocalHost), kPort);
    HttpRequestParser parser(limits);
    QByteArray buffer(reinterpret_cast<const char *>(data), qsizetype(size));
    for (int requests = 0; requests < 16; ++requests) {
        const HttpRequestParser::Progress progress = parser.feed(buffer);
        if (progress == HttpRequestParser::Progress::NeedMore)
            break;
        if (progress == HttpRequestParser::Progress::Failed) {
            checkResponse(HttpResponseWriter::serialize(
                HttpResponseWriter::error(parser.errorStatus(), parser.errorMessage()), false));
            break;
        }
        checkResponse(respond(parser.take(), store, clock, rates, origins));
    }
    return 0;
}
