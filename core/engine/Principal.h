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
    QString userEmail;   // User only: how people know the user; empty when unknown
    QString tokenName;   // the token manager's name, or "session" for a minted user token
    QString tokenPrefix; // the visible start of the secret; never the secret
    TokenScopes scopes;  // unrestricted unless the token says otherwise
    // Which credential it came with, to touch its last use or log it out.
    // A hash, never shown in a trace or a response.
    QByteArray credentialHash;
    bool fromSession = false;

    bool isAdmin() const { return kind == Kind::Admin; }
    bool isAnonymous() const { return kind == Kind::Anonymous; }
    // How the trace, the request log and the editor name the caller, in one
    // wording: "anonymous", "user `alice@example.com` (token `name`,
    // gh_usr_abcd)" (the id when the e-mail is unknown), "admin token `ci`
    // (gh_adm_abcd)".
    QString describe() const;

    static Principal anonymous() { return {}; }
};

} // namespace gatehouse
