#pragma once

#include "model/Project.h"

#include <QDateTime>
#include <QString>
#include <QStringList>

namespace gatehouse {

// The warnings a reviewer should see beside a token in the token manager,
// each with its reason in words. A revoked token raises none: it can do
// nothing any more.
struct TokenFlags
{
    enum Flag
    {
        Unused = 0x1,        // not used (or made and never used) for 30 days
        NeverExpires = 0x2,  // no expiry date
        FullAccess = 0x4,    // every workflow, every data type, private files
        ReviewOverdue = 0x8, // the project's review interval has passed
        SharedPurpose = 0x10 // another live token names the same integration
    };

    int flags = 0;

    bool has(Flag flag) const { return (flags & flag) != 0; }
    bool isEmpty() const { return flags == 0; }
    // "unused 30 days", "never expires", ... in the order of Flag.
    QStringList words() const;
    // One sentence a flag, saying why it matters and for which token.
    QStringList reasons(const Project &project, const Token &token) const;

    static QString word(Flag flag);
    static TokenFlags of(const Project &project, const Token &token, const QDateTime &now);
    static constexpr Flag all[] = {Unused, NeverExpires, FullAccess, ReviewOverdue, SharedPurpose};

private:
    static bool sharesPurpose(const Project &project, const Token &token);
};

} // namespace gatehouse
