#include "TokenMerge.h"

#include "NamedMerge.h"

namespace gatehouse {

QList<Token> TokenMerge::merge(const QList<Token> &base, const QList<Token> &mine,
                               const QList<Token> &theirs)
{
    return keepRevocations(mergeByName(base, mine, theirs, &TokenMerge::combine), theirs);
}

QList<Token> TokenMerge::keepRevocations(QList<Token> saving, const QList<Token> &inFile)
{
    for (const Token &old : inFile) {
        if (!old.isRevoked())
            continue;
        for (Token &token : saving) {
            if (token.name == old.name && token.secretHash == old.secretHash)
                token.revoked = earlier(token.revoked, old.revoked);
        }
    }
    return saving;
}

Token TokenMerge::combine(const Token &base, const Token &mine, const Token &theirs)
{
    if (mine == base)
        return theirs;
    Token combined = mine;
    if (theirs.secretHash != base.secretHash) {
        combined.prefix = theirs.prefix;
        combined.secretHash = theirs.secretHash;
        combined.previousSecretHash = theirs.previousSecretHash;
        combined.previousSecretUntil = theirs.previousSecretUntil;
    }
    combined.revoked = earlier(mine.revoked, theirs.revoked);
    combined.lastUsed = later(mine.lastUsed, theirs.lastUsed);
    combined.lastReviewed = later(mine.lastReviewed, theirs.lastReviewed);
    return combined;
}

QDateTime TokenMerge::earlier(const QDateTime &a, const QDateTime &b)
{
    if (!a.isValid())
        return b;
    if (!b.isValid())
        return a;
    return qMin(a, b);
}

QDateTime TokenMerge::later(const QDateTime &a, const QDateTime &b)
{
    if (!a.isValid())
        return b;
    if (!b.isValid())
        return a;
    return qMax(a, b);
}

} // namespace gatehouse
