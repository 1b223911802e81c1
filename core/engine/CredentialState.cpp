#include "CredentialState.h"

using namespace Qt::Literals::StringLiterals;

namespace gatehouse {

QString CredentialState::word() const
{
    switch (kind) {
    case Kind::Active:
        return u"active"_s;
    case Kind::Revoked:
        return u"revoked"_s;
    case Kind::Expired:
        return u"expired"_s;
    case Kind::Idle:
        return u"idle"_s;
    case Kind::NoUser:
        return u"no user"_s;
    case Kind::UserGone:
        return u"user deleted"_s;
    case Kind::Ended:
        return u"ended"_s;
    }
    return {};
}

QString CredentialState::reason(const ProjectSettings &settings) const
{
    switch (kind) {
    case Kind::Active:
        return {};
    case Kind::Revoked:
        return u"the token was revoked at %1"_s.arg(since.toString(Qt::ISODate));
    case Kind::Expired:
        return u"the token expired at %1"_s.arg(since.toString(Qt::ISODate));
    case Kind::Idle:
        return u"the token was not used for %1 days and expired"_s.arg(
            settings.userTokenInactivitySeconds / 86400);
    case Kind::NoUser:
        return u"the user token acts as no user"_s;
    case Kind::UserGone:
        return u"the user the token acts as no longer exists"_s;
    case Kind::Ended:
        return u"the user's password changed after the token was made"_s;
    }
    return {};
}

CredentialState CredentialState::of(const Credential &credential, const ProjectSettings &settings,
                                    const QDateTime &now)
{
    if (credential.revoked.isValid())
        return {Kind::Revoked, credential.revoked};
    if (credential.expires.isValid() && now >= credential.expires)
        return {Kind::Expired, credential.expires};
    // The inactivity rule is for sessions: a project token may rest.
    if (credential.source == Credential::Source::Session) {
        const QDateTime lastActive =
            credential.lastUsed.isValid() ? credential.lastUsed : credential.created;
        if (lastActive.isValid() && lastActive.secsTo(now) >= settings.userTokenInactivitySeconds)
            return {Kind::Idle, lastActive.addSecs(settings.userTokenInactivitySeconds)};
    }
    if (credential.kind == TokenKind::User && credential.userId.isEmpty())
        return {Kind::NoUser, {}};
    return {Kind::Active, {}};
}

CredentialState CredentialState::of(const Credential &credential, const ProjectSettings &settings,
                                    const QDateTime &now, const UserStanding &standing)
{
    const CredentialState own = of(credential, settings, now);
    if (!own.isActive() || credential.kind != TokenKind::User)
        return own;
    if (!standing.exists)
        return {Kind::UserGone, {}};
    // Sessions are revoked when the password changes; a project token has
    // only its creation date to compare, and one without counts as older.
    if (credential.source == Credential::Source::ProjectToken && standing.credentialsEnded &&
        !(credential.created.isValid() && credential.created > *standing.credentialsEnded))
        return {Kind::Ended, *standing.credentialsEnded};
    return own;
}

} // namespace gatehouse
