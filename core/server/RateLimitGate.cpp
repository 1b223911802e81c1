#include "RateLimitGate.h"

#include "crypto/TokenSecret.h"
#include "engine/Route.h"

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace gatehouse {

RateLimitGate::RateLimitGate(int perMinutePerToken, int perMinutePerWorkflow,
                             const RateLimiter::MillisecondClock &clock)
    : m_perToken(perMinutePerToken, clock), m_perWorkflow(perMinutePerWorkflow, clock)
{
}

RateLimitGate::Verdict RateLimitGate::admit(const EngineRequest &request)
{
    const QString token = tokenKey(request);
    const QString workflow = workflowKey(request);
    const int tokenWait = token.isEmpty() ? 0 : m_perToken.retryAfterSeconds(token);
    const int workflowWait = workflow.isEmpty() ? 0 : m_perWorkflow.retryAfterSeconds(workflow);
    if (tokenWait > 0 || workflowWait > 0) {
        const QString which =
            tokenWait >= workflowWait
                ? u"%1 requests a minute for this token"_s.arg(m_perToken.perMinute())
                : u"%1 requests a minute for this workflow"_s.arg(m_perWorkflow.perMinute());
        return {std::max(tokenWait, workflowWait), u"Rate limit exceeded: "_s + which};
    }
    if (!token.isEmpty())
        m_perToken.take(token);
    if (!workflow.isEmpty())
        m_perWorkflow.take(workflow);
    return {};
}

QString RateLimitGate::workflowKey(const EngineRequest &request)
{
    const Route route = Route::parse(request.path);
    if (route.kind != Route::Kind::Workflow)
        return {};
    return u"wf:"_s + route.name;
}

QString RateLimitGate::tokenKey(const EngineRequest &request)
{
    const QByteArray authorization = request.header("Authorization").trimmed();
    QString secret;
    if (authorization.size() > 7 &&
        authorization.left(7).compare("Bearer ", Qt::CaseInsensitive) == 0)
        secret = QString::fromUtf8(authorization.mid(7).trimmed());
    else if (request.hasQueryItem(u"api_token"_s))
        secret = request.queryValue(u"api_token"_s);
    if (secret.isEmpty())
        return {};
    return u"token:"_s + QString::fromLatin1(TokenSecret::hashOf(secret));
}

} // namespace gatehouse
