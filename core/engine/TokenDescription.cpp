#include "TokenDescription.h"

#include "CredentialState.h"
#include "ScopeCeiling.h"

using namespace Qt::Literals::StringLiterals;

namespace gatehouse {

namespace {
QDateTime lastActivity(const Token &token)
{
    return token.lastUsed.isValid() ? token.lastUsed : token.created;
}
} // namespace

TokenState TokenDescription::state(const Token &token, const ProjectSettings &settings,
                                   const QDateTime &now, const UserStanding &standing)
{
    const CredentialState credential =
        CredentialState::of(Credential::fromToken(token), settings, now, standing);
    switch (credential.kind) {
    case CredentialState::Kind::Revoked:
        return TokenState::Revoked;
    case CredentialState::Kind::Expired:
    case CredentialState::Kind::Idle:
        return TokenState::Expired;
    case CredentialState::Kind::NoUser:
    case CredentialState::Kind::UserGone:
        return TokenState::NoUser;
    case CredentialState::Kind::Ended:
        return TokenState::Ended;
    case CredentialState::Kind::Active:
        break;
    }
    const QDateTime active = lastActivity(token);
    if (active.isValid() && active.daysTo(now) >= idleDays)
        return TokenState::Idle;
    return TokenState::Active;
}

QString TokenDescription::stateName(TokenState state)
{
    switch (state) {
    case TokenState::Active:
        return u"active"_s;
    case TokenState::Expired:
        return u"expired"_s;
    case TokenState::Revoked:
        return u"revoked"_s;
    case TokenState::Idle:
        return u"idle"_s;
    case TokenState::NoUser:
        return u"no user"_s;
    case TokenState::Ended:
        return u"ended"_s;
    }
    return u"unknown"_s;
}

QString TokenDescription::stateText(const Token &token, const ProjectSettings &settings,
                                    const QDateTime &now, const UserStanding &standing)
{
    const TokenState current = state(token, settings, now, standing);
    switch (current) {
    case TokenState::Revoked:
        return u"revoked "_s + when(token.revoked, {});
    case TokenState::Expired:
        return u"expired "_s + when(token.expires, {});
    case TokenState::Idle:
        return u"idle since "_s + when(lastActivity(token), {});
    case TokenState::Ended:
        return u"ended "_s + when(standing.credentialsEnded.value_or(QDateTime()), {}) +
               u" (the user's password changed)"_s;
    case TokenState::NoUser:
        return standing.exists ? stateName(current) : u"no user (deleted)"_s;
    case TokenState::Active:
        break;
    }
    return stateName(current);
}

QString TokenDescription::scopesInWords(const Project &project, const TokenScopes &scopes)
{
    const QString workflows =
        scopes.allWorkflows ? u"all workflows"_s : u"workflows "_s + scopes.workflows.join(u", "_s);
    return u"%1; data: %2; %3"_s.arg(workflows, ScopeCeiling::describeDataScope(project, scopes),
                                     scopes.privateFiles ? u"private files"_s
                                                         : u"no private files"_s);
}

QDateTime TokenDescription::reviewDue(const Token &token, const ProjectSettings &settings)
{
    const QDateTime from = token.lastReviewed.isValid() ? token.lastReviewed : token.created;
    return from.isValid() ? from.addDays(settings.tokenReviewIntervalDays) : QDateTime();
}

bool TokenDescription::reviewOverdue(const Token &token, const ProjectSettings &settings,
                                     const QDateTime &now)
{
    if (token.isRevoked())
        return false;
    const QDateTime due = reviewDue(token, settings);
    return !due.isValid() || now >= due;
}

QString TokenDescription::when(const QDateTime &time, const QString &otherwise)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODate) : otherwise;
}

} // namespace gatehouse
