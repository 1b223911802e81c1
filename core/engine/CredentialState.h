#pragma once

#include "Credential.h"
#include "UserStanding.h"

#include "model/ProjectSettings.h"

#include <QDateTime>

namespace gatehouse {

// Whether a credential can be used now, and if not why: the one answer the
// authenticator, `gatehouse-cli token list` and the token manager give.
struct CredentialState
{
    enum class Kind
    {
        Active,
        Revoked,
        Expired,
        Idle,     // a user session not used for the project's inactivity period
        NoUser,   // a user token that acts as no user
        UserGone, // the user it acts as was deleted
        Ended     // a project user token made before the user's password changed
    };

    Kind kind = Kind::Active;
    QDateTime since; // when it was revoked, expired or ended; null otherwise

    bool isActive() const { return kind == Kind::Active; }
    // "active", "revoked", "expired", "idle", "no user", "user deleted", "ended"
    QString word() const;
    // The trace's reason: "the token expired at 2026-06-01T12:00:00Z".
    QString reason(const ProjectSettings &settings) const;

    // The credential's own state, then what the live data says of its user.
    static CredentialState of(const Credential &credential, const ProjectSettings &settings,
                              const QDateTime &now, const UserStanding &standing);
    // The credential's own state only: for a credential whose user the live
    // data was not asked about (an admin token needs no standing).
    static CredentialState of(const Credential &credential, const ProjectSettings &settings,
                              const QDateTime &now);
};

} // namespace gatehouse
