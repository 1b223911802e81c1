#pragma once

#include <QString>

namespace gatehouse::audit {

// One row of the access matrix: who is asking, as people know them.
struct MatrixPrincipal
{
    enum class Kind
    {
        Anonymous,
        User,
        Token,
        Role // a synthetic user with the value a condition names (MatrixRoles)
    };

    Kind kind = Kind::Anonymous;
    QString name; // a user's e-mail (its id when it has none), a token's name,
                  // a role's `field = value`

    // "anonymous", "user alice@example.com", "token zapier",
    // "role: admin = yes": what the
    // exports print and what two projects' matrices are matched by.
    QString label() const
    {
        switch (kind) {
        case Kind::Anonymous:
            return QStringLiteral("anonymous");
        case Kind::User:
            return QStringLiteral("user ") + name;
        case Kind::Token:
            return QStringLiteral("token ") + name;
        case Kind::Role:
            return QStringLiteral("role: ") + name;
        }
        return name;
    }

    QString kindWord() const
    {
        switch (kind) {
        case Kind::Anonymous:
            return QStringLiteral("anonymous");
        case Kind::User:
            return QStringLiteral("user");
        case Kind::Token:
            return QStringLiteral("token");
        case Kind::Role:
            return QStringLiteral("role");
        }
        return {};
    }
};

} // namespace gatehouse::audit
