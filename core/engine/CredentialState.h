#pragma once

#include "Credential.h"

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
        Idle,  // a user session not used for the project's inactivity period
        NoUser // a user token that acts as no user
    };

    Kind kind = Kind::Active;
    QDateTime since; // when it was revoked or expired; null otherwise

    bool isActive() const { return kind == Kind::Active; }
    // "active", "revoked", "expired", "idle", "no user"
    QString word() const;
    // The trace's reason: "the token expired at 2026-06-01T12:00:00Z".
    QString reason(const ProjectSettings &settings) const;

    static CredentialState of(const Credential &credential, const ProjectSettings &settings,
                              const QDateTime &now);
};

} // namespace gatehouse
