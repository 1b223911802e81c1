#pragma once

#include "ProjectSettings.h"
#include "Token.h"

#include <QDateTime>
#include <QString>

namespace gatehouse {

enum class TokenState
{
    Active,
    Expired,
    Revoked,
    Idle // not used (or made and never used) for idleDays
};

// A token in words, for `token list`, `token show` and the token manager:
// its state, its scopes, its review. No secret or hash ever goes in.
// (The access policy in core/engine is to own the credential state; when it
// lands, state() should ask it.)
class TokenDescription
{
public:
    static constexpr int idleDays = 30;

    static TokenState state(const Token &token, const QDateTime &now);
    static QString stateName(TokenState state);
    // "active", "revoked 2026-01-02T03:04:05Z", "expired ...", "idle since ..."
    static QString stateText(const Token &token, const QDateTime &now);
    static QString scopesInWords(const TokenScopes &scopes);
    // When the next review is due: the last review (or the making) plus the
    // project's interval; null when neither is known.
    static QDateTime reviewDue(const Token &token, const ProjectSettings &settings);
    static bool reviewOverdue(const Token &token, const ProjectSettings &settings,
                              const QDateTime &now);
    static QString when(const QDateTime &time, const QString &otherwise);
};

} // namespace gatehouse
