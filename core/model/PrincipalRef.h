#pragma once

#include <QString>

#include <optional>

namespace gatehouse {

// Who a saved request acts as, by reference only: never a secret or a raw
// header. Written as `anonymous`, a test user's e-mail address, or
// `token:NAME` for a token of the token manager.
struct PrincipalRef
{
    enum class Kind
    {
        Anonymous,
        User,
        Token
    };

    Kind kind = Kind::Anonymous;
    QString name; // the user's e-mail address or the token's name

    bool operator==(const PrincipalRef &) const = default;

    static PrincipalRef anonymous() { return {}; }
    static PrincipalRef user(const QString &email) { return {Kind::User, email}; }
    static PrincipalRef token(const QString &tokenName) { return {Kind::Token, tokenName}; }

    QString toText() const;
    // The text toText() writes, or nothing with `error` naming the problem.
    static std::optional<PrincipalRef> fromText(const QString &text, QString *error = nullptr);
};

} // namespace gatehouse
