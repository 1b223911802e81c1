#include "Authenticator.h"

#include "BubbleResponses.h"
#include "CredentialReader.h"
#include "CredentialState.h"
#include "Principals.h"
#include "StoreFailure.h"

#include "crypto/TokenSecret.h"

using namespace Qt::Literals::StringLiterals;

namespace gatehouse {

using Stage = TraceStep::Stage;
using Verdict = TraceStep::Verdict;

Authenticator::Authenticator(const Project &project, const SessionLookup *sessions,
                             const Clock &clock)
    : m_project(project), m_sessions(sessions), m_clock(clock)
{
}

Authenticator::Outcome Authenticator::authenticate(const EngineRequest &request, Trace &trace) const
{
    const PresentedCredential presented =
        CredentialReader::read(request, m_project.settings.tokensInQuerystring);
    if (presented.isMalformedRequest())
        return refuseRequest(trace, presented);
    if (!request.simulateAsToken.isEmpty())
        return simulate(request, presented, trace);
    if (presented.isProblem())
        return refuse(trace, presented.problemText(), presented.problemSubject());
    if (presented.where == PresentedCredential::Where::Nowhere) {
        trace.add(Stage::Authenticate, Verdict::Passed,
                  u"no token given: the caller is anonymous"_s, u"no token"_s);
        return Principal::anonymous();
    }
    const QByteArray hash = TokenSecret::hashOf(presented.secret);
    const Result<std::optional<Credential>> found = findCredential(hash);
    if (!found)
        return StoreFailure::refuse(found.error(), trace);
    const std::optional<Credential> &credential = found.value();
    if (!credential) {
        const QString shown = shownUnknown(presented.secret);
        return refuse(trace,
                      u"the token %1 in %2 matches no token"_s.arg(shown, presented.whereText()),
                      u"token "_s + shown);
    }
    const QString subject = u"token `%1` (%2)"_s.arg(credential->name, credential->prefix);
    const TraceRef ref = credential->source == Credential::Source::ProjectToken
                             ? TraceRef::token(credential->name)
                             : TraceRef::type(DataType::userTypeName());
    const Result<QString> problem = unusableBecause(*credential);
    if (!problem)
        return StoreFailure::refuse(problem.error(), trace);
    if (!problem.value().isEmpty())
        return refuse(trace, problem.value(), subject, ref);
    Principal principal = Principals::forCredential(m_project, *credential);
    principal.credentialHash = hash;
    return accept(principal, u"from "_s + presented.whereText(), subject, ref, trace);
}

// The editor's "simulate as": the token's own record, judged as its secret
// would be, with no secret anywhere. No credential hash: nothing records a
// use that no client made.
Authenticator::Outcome Authenticator::simulate(const EngineRequest &request,
                                               const PresentedCredential &presented,
                                               Trace &trace) const
{
    const QString &name = request.simulateAsToken;
    const TraceRef ref = TraceRef::token(name);
    const QString subject = u"token `%1`"_s.arg(name);
    if (presented.where != PresentedCredential::Where::Nowhere || presented.isProblem())
        return refuse(trace, u"a simulated call carries no credential, and this one does"_s,
                      subject, ref);
    const Token *token = m_project.findToken(name);
    if (!token)
        return refuse(trace, u"simulated as token `%1`, which does not exist"_s.arg(name), subject,
                      ref);
    const Credential credential = Credential::fromToken(*token);
    const Result<QString> problem = unusableBecause(credential);
    if (!problem)
        return StoreFailure::refuse(problem.error(), trace);
    if (!problem.value().isEmpty())
        return refuse(trace, u"simulated as token `%1`: %2"_s.arg(name, problem.value()), subject,
                      ref);
    return accept(Principals::forCredential(m_project, credential),
                  u"simulated as token `%1` (no secret presented)"_s.arg(name), subject, ref,
                  trace);
}

Authenticator::Outcome Authenticator::accept(Principal principal, const QString &how,
                                             const QString &subject, const TraceRef &ref,
                                             Trace &trace) const
{
    const Result<QString> email = userEmail(principal.userId);
    if (!email)
        return StoreFailure::refuse(email.error(), trace);
    principal.userEmail = email.value();
    trace.add(Stage::Authenticate, Verdict::Passed,
              u"the caller is %1, %2"_s.arg(principal.describe(), how), subject, ref);
    return principal;
}

// A token that matches nothing may be anything, even a password pasted by
// mistake: only the visible prefix of one in Gatehouse's own format is shown.
QString Authenticator::shownUnknown(const QString &secret)
{
    const bool ours = secret.startsWith(TokenSecret::kindPrefix(TokenKind::Admin)) ||
                      secret.startsWith(TokenSecret::kindPrefix(TokenKind::User));
    if (!ours || secret.size() <= TokenSecret::visiblePrefixLength)
        return u"(not in Gatehouse's format)"_s;
    return TokenSecret::prefixOf(secret) + u"\u2026"_s;
}

Result<std::optional<Credential>> Authenticator::findCredential(const QByteArray &hash) const
{
    for (const Token &token : m_project.tokens) {
        if (TokenSecret::hashesEqual(token.secretHash, hash))
            return std::optional(Credential::fromToken(token));
        // A rotated token's old secret, during the grace period only.
        if (token.previousSecretUntil.isValid() && m_clock.now() < token.previousSecretUntil &&
            TokenSecret::hashesEqual(token.previousSecretHash, hash))
            return std::optional(Credential::fromToken(token));
    }
    if (!m_sessions)
        return std::optional<Credential>();
    return m_sessions->findSession(hash);
}

// Why the credential cannot be used, empty when it can; an error when the
// store could not tell.
Result<QString> Authenticator::unusableBecause(const Credential &credential) const
{
    const QDateTime now = m_clock.now();
    const CredentialState own = CredentialState::of(credential, m_project.settings, now);
    if (!own.isActive() || credential.kind != TokenKind::User)
        return own.reason(m_project.settings);
    // Fail closed: without a way to look the user up, a user token is refused.
    if (!m_sessions)
        return CredentialState{CredentialState::Kind::UserGone, {}}.reason(m_project.settings);
    const Result<UserStanding> standing = UserStanding::read(*m_sessions, credential.userId);
    if (!standing)
        return standing.error();
    return CredentialState::of(credential, m_project.settings, now, standing.value())
        .reason(m_project.settings);
}

// Two credentials at once is a request that cannot be read, not a wrong one.
EngineResponse Authenticator::refuseRequest(Trace &trace,
                                            const PresentedCredential &presented) const
{
    trace.add(Stage::Authenticate, Verdict::Refused, presented.problemText(),
              presented.problemSubject());
    EngineResponse response = BubbleResponses::statusBody(
        400, u"INVALID_DATA"_s, u"Invalid request: %1"_s.arg(presented.problemText()));
    response.trace = trace;
    return response;
}

EngineResponse Authenticator::refuse(Trace &trace, const QString &reason, const QString &subject,
                                     const TraceRef &ref) const
{
    trace.add(Stage::Authenticate, Verdict::Refused, reason, subject, ref);
    EngineResponse response = BubbleResponses::unauthorized(
        u"Invalid or expired token"_s, BubbleResponses::newUniqueId(m_clock.now()));
    response.trace = trace;
    return response;
}

Result<QString> Authenticator::userEmail(const QString &userId) const
{
    if (userId.isEmpty())
        return QString();
    if (m_sessions) {
        const Result<QString> live = m_sessions->userEmail(userId);
        if (!live || !live.value().isEmpty())
            return live;
    }
    const Record *record = m_project.findRecord(userId);
    return record ? record->values.value(u"email"_s).toString() : QString();
}

} // namespace gatehouse
