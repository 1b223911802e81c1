#include "Authenticator.h"

#include "BubbleResponses.h"

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
    const Presented presented = presentedToken(request);
    if (!presented.problem.isEmpty())
        return refuse(trace, presented.problem, presented.subject);
    if (presented.secret.isEmpty()) {
        trace.add(Stage::Authenticate, Verdict::Passed,
                  u"no token given: the caller is anonymous"_s, u"no token"_s);
        return Principal::anonymous();
    }
    const QByteArray hash = TokenSecret::hashOf(presented.secret);
    const auto credential = findCredential(hash);
    if (!credential) {
        const QString shown = shownUnknown(presented.secret);
        return refuse(trace, u"the token %1 in %2 matches no token"_s.arg(shown, presented.where),
                      u"token "_s + shown);
    }
    const QString subject = u"token `%1` (%2)"_s.arg(credential->name, credential->prefix);
    const QString problem = unusableBecause(*credential);
    if (!problem.isEmpty())
        return refuse(trace, problem, subject);
    Principal principal = principalFor(*credential);
    principal.credentialHash = hash;
    principal.userEmail = userEmail(principal.userId);
    trace.add(Stage::Authenticate, Verdict::Passed,
              u"the caller is %1, from %2"_s.arg(principal.describe(), presented.where), subject);
    return principal;
}

Authenticator::Presented Authenticator::presentedToken(const EngineRequest &request) const
{
    Presented presented;
    const QByteArray authorization = request.header("Authorization").trimmed();
    QString fromHeader;
    if (!authorization.isEmpty()) {
        const QList<QByteArray> parts = authorization.simplified().split(' ');
        if (parts.size() != 2 || parts.at(0).toLower() != "bearer") {
            presented.problem = u"the Authorization header is not `Bearer <token>`"_s;
            presented.subject = u"the Authorization header"_s;
            return presented;
        }
        fromHeader = QString::fromUtf8(parts.at(1));
    }
    const bool inQuery = request.hasQueryItem(u"api_token"_s);
    const QString fromQuery = request.queryValue(u"api_token"_s);
    if (inQuery && !m_project.settings.tokensInQuerystring) {
        presented.problem = u"the project does not accept tokens in the querystring (api_token)"_s;
        presented.subject = u"settings: tokens in the querystring"_s;
    } else if (inQuery && !fromHeader.isEmpty() && fromQuery != fromHeader) {
        presented.problem = u"two different tokens given, in the header and in api_token"_s;
        presented.subject = u"the Authorization header and api_token"_s;
    } else if (!fromHeader.isEmpty()) {
        presented.secret = fromHeader;
        presented.where = u"the Authorization header"_s;
    } else if (inQuery) {
        presented.secret = fromQuery;
        presented.where = u"the api_token parameter"_s;
        if (fromQuery.isEmpty()) {
            presented.problem = u"the api_token parameter is empty"_s;
            presented.subject = u"the api_token parameter"_s;
        }
    }
    return presented;
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

std::optional<Credential> Authenticator::findCredential(const QByteArray &hash) const
{
    for (const Token &token : m_project.tokens) {
        if (TokenSecret::hashesEqual(token.secretHash, hash))
            return Credential::fromToken(token);
    }
    return m_sessions ? m_sessions->findSession(hash) : std::nullopt;
}

QString Authenticator::unusableBecause(const Credential &credential) const
{
    const QDateTime now = m_clock.now();
    if (credential.revoked.isValid())
        return u"the token was revoked at %1"_s.arg(credential.revoked.toString(Qt::ISODate));
    if (credential.expires.isValid() && now >= credential.expires)
        return u"the token expired at %1"_s.arg(credential.expires.toString(Qt::ISODate));
    if (credential.source == Credential::Source::Session) {
        const QDateTime lastActive =
            credential.lastUsed.isValid() ? credential.lastUsed : credential.created;
        const int idle = m_project.settings.userTokenInactivitySeconds;
        if (lastActive.isValid() && lastActive.secsTo(now) >= idle)
            return u"the token was not used for %1 days and expired"_s.arg(idle / 86400);
    }
    if (credential.kind == TokenKind::User && credential.userId.isEmpty())
        return u"the user token acts as no user"_s;
    return {};
}

EngineResponse Authenticator::refuse(Trace &trace, const QString &reason,
                                     const QString &subject) const
{
    trace.add(Stage::Authenticate, Verdict::Refused, reason, subject);
    EngineResponse response = BubbleResponses::unauthorized(
        u"Invalid or expired token"_s, BubbleResponses::newUniqueId(m_clock.now()));
    response.trace = trace;
    return response;
}

QString Authenticator::userEmail(const QString &userId) const
{
    if (userId.isEmpty())
        return {};
    const QString live = m_sessions ? m_sessions->userEmail(userId) : QString();
    if (!live.isEmpty())
        return live;
    const Record *record = m_project.findRecord(userId);
    return record ? record->values.value(u"email"_s).toString() : QString();
}

Principal Authenticator::principalFor(const Credential &credential)
{
    Principal principal;
    principal.kind =
        credential.kind == TokenKind::Admin ? Principal::Kind::Admin : Principal::Kind::User;
    principal.userId = credential.userId;
    principal.tokenName = credential.name;
    principal.tokenPrefix = credential.prefix;
    principal.scopes = credential.scopes;
    principal.fromSession = credential.source == Credential::Source::Session;
    return principal;
}

} // namespace gatehouse
