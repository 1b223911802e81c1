#pragma once

#include "model/Token.h"

#include <QString>

namespace gatehouse {

// Who is calling, once the token (or its absence) has been read.
struct Principal
{
    enum class Kind
    {
        Anonymous,
        User,
        Admin
    };

    Kind kind = Kind::Anonymous;
    QString userId;      // User only
    QString tokenName;   // the token manager's name, or "session" for a minted user token
    QString tokenPrefix; // the visible start of the secret; never the secret
    TokenScopes scopes;  // unrestricted unless the token says otherwise
    // Which credential it came with, to touch its last use or log it out.
    // A hash, never shown in a trace or a response.
    QByteArray credentialHash;
    bool fromSession = false;

    bool isAdmin() const { return kind == Kind::Admin; }
    bool isAnonymous() const { return kind == Kind::Anonymous; }
    // "anonymous", "user `<id>` (token `name`, gh_usr_abcd)", "admin token `ci` (gh_adm_abcd)"
    QString describe() const;

    static Principal anonymous() { return {}; }
};

} // namespace gatehouse
