#include "TokenDescription.h"

#include "TokenScopeParser.h"

using namespace Qt::Literals::StringLiterals;

namespace gatehouse {

namespace {
QDateTime lastActivity(const Token &token)
{
    return token.lastUsed.isValid() ? token.lastUsed : token.created;
}
} // namespace

TokenState TokenDescription::state(const Token &token, const QDateTime &now)
{
    if (token.isRevoked())
        return TokenState::Revoked;
    if (token.expires.isValid() && now >= token.expires)
        return TokenState::Expired;
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
    }
    return u"unknown"_s;
}

QString TokenDescription::stateText(const Token &token, const QDateTime &now)
{
    const TokenState current = state(token, now);
    switch (current) {
    case TokenState::Revoked:
        return u"revoked "_s + when(token.revoked, {});
    case TokenState::Expired:
        return u"expired "_s + when(token.expires, {});
    case TokenState::Idle:
        return u"idle since "_s + when(lastActivity(token), {});
    case TokenState::Active:
        break;
    }
    return stateName(current);
}

QString TokenDescription::scopesInWords(const TokenScopes &scopes)
{
    return TokenScopeParser::describe(scopes);
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
