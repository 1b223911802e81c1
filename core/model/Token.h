#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace gatehouse {

enum class TokenKind
{
    Admin,
    User
};

// What a token may do with one data type through the Data API. Find and
// view are apart, as the Data API's two reads are: find lists and searches
// (GET /obj/TYPE), view fetches one thing by its id (GET /obj/TYPE/ID).
// Either goes without the other; the privacy rules still decide which
// things and fields each returns.
struct DataTypeScope
{
    QString dataType;
    bool find = false;
    bool view = false;
    bool create = false;
    bool modify = false;
    bool remove = false;

    bool operator==(const DataTypeScope &) const = default;
    bool grantsAny() const { return find || view || create || modify || remove; }
};

// A token's scopes. Gatehouse goes further than Bubble here: Bubble's admin
// tokens are all or nothing; a Gatehouse token may be narrowed.
struct TokenScopes
{
    bool allWorkflows = true;
    QStringList workflows; // only when allWorkflows is false
    bool allDataTypes = true;
    QList<DataTypeScope> dataTypes; // only when allDataTypes is false
    bool privateFiles = true;

    bool operator==(const TokenScopes &) const = default;
    bool isUnrestricted() const { return allWorkflows && allDataTypes && privateFiles; }
};

// A token made in the token manager. The secret is shown once when the token
// is made; only its hash is kept.
struct Token
{
    QString name;
    QString purpose; // the integration it is for, e.g. "nightly billing export"
    TokenKind kind = TokenKind::Admin;
    QString userId;        // the user a user token acts as
    QString prefix;        // the short visible start of the secret, e.g. "gh_adm_3f9a"
    QByteArray secretHash; // never the secret; never exported
    QDateTime created;
    QDateTime expires;      // null: never
    QDateTime lastUsed;     // null: never used
    QDateTime revoked;      // null: not revoked
    QDateTime lastReviewed; // null: never reviewed
    // After a rotation with a grace period: the hash of the secret it
    // replaced, which still authenticates until previousSecretUntil.
    QByteArray previousSecretHash; // never the secret; never exported
    QDateTime previousSecretUntil;
    TokenScopes scopes;

    bool operator==(const Token &) const = default;

    bool isRevoked() const { return revoked.isValid(); }
};

QString tokenKindId(TokenKind kind);
// The operations a data scope grants, in the words of the command line and
// the config: "find", "view", "create", "modify", "delete".
QStringList dataScopeOperations(const DataTypeScope &scope);
std::optional<TokenKind> tokenKindFromId(const QString &id);

} // namespace gatehouse
