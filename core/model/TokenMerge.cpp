#include "TokenMerge.h"

#include <QHash>
#include <QSet>

namespace gatehouse {

namespace {
QHash<QString, Token> byName(const QList<Token> &tokens)
{
    QHash<QString, Token> map;
    for (const Token &token : tokens)
        map.insert(token.name, token);
    return map;
}
} // namespace

QList<Token> TokenMerge::merge(const QList<Token> &base, const QList<Token> &mine,
                               const QList<Token> &theirs)
{
    const QHash<QString, Token> baseByName = byName(base);
    const QHash<QString, Token> theirsByName = byName(theirs);
    QList<Token> merged;
    QSet<QString> mineNames;
    for (const Token &token : mine) {
        mineNames.insert(token.name);
        const auto inFile = theirsByName.constFind(token.name);
        const auto known = baseByName.constFind(token.name);
        if (inFile == theirsByName.cend()) {
            if (known == baseByName.cend())
                merged.append(token); // made here, not saved yet
            continue;                 // else removed elsewhere
        }
        if (known == baseByName.cend()) {
            merged.append(*inFile); // the same name made on both sides: the issued one wins
            continue;
        }
        merged.append(combine(*known, token, *inFile));
    }
    for (const Token &token : theirs) {
        if (!mineNames.contains(token.name) && !baseByName.contains(token.name))
            merged.append(token); // made elsewhere
    }
    return keepRevocations(merged, theirs);
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
