#include "RateLimitGate.h"

#include "crypto/TokenSecret.h"
#include "engine/CredentialReader.h"
#include "engine/Route.h"

using namespace Qt::Literals::StringLiterals;

namespace gatehouse {

RateLimitGate::RateLimitGate(const ServerLimits &limits, const RateLimiter::MillisecondClock &clock)
    : m_perToken(limits.requestsPerMinutePerToken, clock),
      m_perClient(limits.requestsPerMinutePerClient, clock),
      m_perClientWorkflow(limits.requestsPerMinutePerClientWorkflow, clock),
      m_perWorkflow(limits.requestsPerMinutePerWorkflow, clock)
{
}

bool RateLimitGate::sameRates(const ServerLimits &a, const ServerLimits &b)
{
    return a.requestsPerMinutePerToken == b.requestsPerMinutePerToken &&
           a.requestsPerMinutePerClient == b.requestsPerMinutePerClient &&
           a.requestsPerMinutePerClientWorkflow == b.requestsPerMinutePerClientWorkflow &&
           a.requestsPerMinutePerWorkflow == b.requestsPerMinutePerWorkflow;
}

QList<RateLimitGate::Check> RateLimitGate::checksFor(const EngineRequest &request,
                                                     const QString &clientAddress)
{
    QList<Check> checks;
    if (const QString token = tokenKey(request); !token.isEmpty())
        checks.append({&m_perToken, token, u"this token"_s});
    else
        checks.append({&m_perClient, u"client:"_s + clientAddress, u"this client"_s});
    if (const QString workflow = workflowName(request); !workflow.isEmpty()) {
        checks.append({&m_perClientWorkflow, u"wf:%1|%2"_s.arg(workflow, clientAddress),
                       u"this workflow from this client"_s});
        checks.append({&m_perWorkflow, u"wf:"_s + workflow, u"this workflow"_s});
    }
    return checks;
}

RateLimitGate::Verdict RateLimitGate::admit(const EngineRequest &request,
                                            const QString &clientAddress)
{
    const QList<Check> checks = checksFor(request, clientAddress);
    Verdict verdict;
    for (const Check &check : checks) {
        const int wait = check.limiter->retryAfterSeconds(check.key);
        if (wait > verdict.retryAfterSeconds) {
            verdict.retryAfterSeconds = wait;
            verdict.message = u"Rate limit exceeded: %1 requests a minute for %2"_s.arg(
                QString::number(check.limiter->perMinute()), check.what);
        }
    }
    if (verdict.retryAfterSeconds > 0)
        return verdict;
    for (const Check &check : checks)
        check.limiter->take(check.key);
    return {};
}

QString RateLimitGate::workflowName(const EngineRequest &request)
{
    const Route route = Route::parse(request.path);
    return route.kind == Route::Kind::Workflow ? route.name : QString();
}

// Read as the authenticator reads it, so no spelling the engine accepts as
// a token escapes that token's limit. A request whose credential the
// engine refuses to read (malformed, doubled) counts as its client's.
QString RateLimitGate::tokenKey(const EngineRequest &request)
{
    const PresentedCredential credential =
        CredentialReader::read(request, /*tokensInQuerystring=*/true);
    if (credential.isProblem() || credential.secret.isEmpty())
        return {};
    return u"token:"_s + QString::fromLatin1(TokenSecret::hashOf(credential.secret));
}

} // namespace gatehouse
