#include "SimulatedCall.h"

namespace gatehouse {

EngineRequest SimulatedCall::requestOf(const RequestSender::Call &call)
{
    QString target = call.url.path(QUrl::FullyEncoded);
    if (call.url.hasQuery())
        target += u'?' + call.url.query(QUrl::FullyEncoded);
    HeaderList headers;
    // As RequestSender sends it over the wire.
    if (!call.body.isEmpty())
        headers.append({QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json")});
    headers.append(call.headers);
    return EngineRequest::make(call.method, target, call.body, headers);
}

RequestAnswer SimulatedCall::answerOf(const EngineResponse &response, qint64 ms)
{
    RequestAnswer answer;
    answer.status = response.status;
    answer.ms = ms;
    answer.body = response.body;
    answer.headers = response.headers;
    return answer;
}

} // namespace gatehouse
