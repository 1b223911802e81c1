#include "TokenFlags.h"

#include "TokenDescription.h"

using namespace Qt::Literals::StringLiterals;

namespace gatehouse {

namespace {
QString purposeKey(const Token &token)
{
    return token.purpose.simplified().toCaseFolded();
}
} // namespace

QString TokenFlags::word(Flag flag)
{
    switch (flag) {
    case Unused:
        return u"unused %1 days"_s.arg(TokenDescription::idleDays);
    case NeverExpires:
        return u"never expires"_s;
    case FullAccess:
        return u"full access"_s;
    case ReviewOverdue:
        return u"review overdue"_s;
    case SharedPurpose:
        return u"shared purpose"_s;
    }
    return {};
}

QStringList TokenFlags::words() const
{
    QStringList out;
    for (Flag flag : all) {
        if (has(flag))
            out << word(flag);
    }
    return out;
}

QStringList TokenFlags::reasons(const Project &project, const Token &token) const
{
    QStringList out;
    if (has(Unused))
        out << u"Nobody has used it for %1 days: if its integration is gone, revoke it."_s.arg(
            TokenDescription::idleDays);
    if (has(NeverExpires))
        out << u"It never expires: a leaked copy works until someone revokes it."_s;
    if (has(FullAccess))
        out << u"It may call every workflow and touch every data type and private file, as "
               "Bubble's API tokens do: narrow it to what its integration needs."_s;
    if (has(ReviewOverdue))
        out << u"Its review is overdue (every %1 days, due %2)."_s.arg(
            QString::number(project.settings.tokenReviewIntervalDays),
            TokenDescription::when(TokenDescription::reviewDue(token, project.settings),
                                   u"since it was made"_s));
    if (has(SharedPurpose))
        out << u"Another token is for \"%1\" too: one token per integration lets you revoke one "
               "without breaking the other."_s.arg(token.purpose.simplified());
    return out;
}

TokenFlags TokenFlags::of(const Project &project, const Token &token, const QDateTime &now)
{
    TokenFlags result;
    if (token.isRevoked())
        return result;
    const QDateTime active = token.lastUsed.isValid() ? token.lastUsed : token.created;
    if (active.isValid() && active.daysTo(now) >= TokenDescription::idleDays)
        result.flags |= Unused;
    if (!token.expires.isValid())
        result.flags |= NeverExpires;
    if (token.scopes.isUnrestricted())
        result.flags |= FullAccess;
    if (TokenDescription::reviewOverdue(token, project.settings, now))
        result.flags |= ReviewOverdue;
    if (sharesPurpose(project, token))
        result.flags |= SharedPurpose;
    return result;
}

bool TokenFlags::sharesPurpose(const Project &project, const Token &token)
{
    const QString key = purposeKey(token);
    if (key.isEmpty())
        return false;
    for (const Token &other : project.tokens) {
        if (other.name != token.name && !other.isRevoked() && purposeKey(other) == key)
            return true;
    }
    return false;
}

} // namespace gatehouse
