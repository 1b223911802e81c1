#pragma once

#include "UserStanding.h"

#include "model/Project.h"
#include "model/ProjectSettings.h"
#include "model/Token.h"

#include <QDateTime>
#include <QString>

namespace gatehouse {

enum class TokenState
{
    Active,
    Expired,
    Revoked,
    Idle,   // still usable, but not used (or made and never used) for idleDays
    NoUser, // a user token that acts as no user (none, or deleted)
    Ended   // a user token made before its user's password changed
};

// A token in words, for `token list`, `token show` and the token manager:
// its state, its scopes, its review. No secret or hash ever goes in.
// Whether a token can be used is the access policy's answer
// (CredentialState); "idle" adds, for a token that still works, that nobody
// has used it for a month.
class TokenDescription
{
public:
    static constexpr int idleDays = 30;

    // `standing` is what the live data says of a user token's user; the
    // default is the token's own state only, for a listing without live data.
    static TokenState state(const Token &token, const ProjectSettings &settings,
                            const QDateTime &now, const UserStanding &standing = {});
    static QString stateName(TokenState state);
    // "active", "revoked 2026-01-02T03:04:05Z", "expired ...", "idle since ...",
    // "ended ... (the user's password changed)", "no user (deleted)"
    static QString stateText(const Token &token, const ProjectSettings &settings,
                             const QDateTime &now, const UserStanding &standing = {});
    // The workflows, the data scope as the policy reads it (a workflow-only
    // token's from what its workflows do) and private files.
    static QString scopesInWords(const Project &project, const TokenScopes &scopes);
    // When the next review is due: the last review (or the making) plus the
    // project's interval; null when neither is known.
    static QDateTime reviewDue(const Token &token, const ProjectSettings &settings);
    static bool reviewOverdue(const Token &token, const ProjectSettings &settings,
                              const QDateTime &now);
    static QString when(const QDateTime &time, const QString &otherwise);
};

} // namespace gatehouse
