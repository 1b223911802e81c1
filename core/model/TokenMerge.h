#pragma once

#include "Token.h"

#include <QList>

namespace gatehouse {

// Two programs write one project file's tokens: the editor, and
// `gatehouse-cli token` (or another editor) beside it. This is how their
// lists come together, by token name:
// - a token created elsewhere is kept; one removed elsewhere stays removed;
//   one the editor removed stays removed;
// - revocation is sticky: a token revoked on either side stays revoked,
//   from the earlier of the two times;
// - a secret rotated elsewhere wins over the editor's older one.
class TokenMerge
{
public:
    // `base`: the file's tokens when the editor last read or wrote it;
    // `mine`: the editor's; `theirs`: the file's now.
    static QList<Token> merge(const QList<Token> &base, const QList<Token> &mine,
                              const QList<Token> &theirs);
    // `saving` with every token that `inFile` holds revoked (the same secret)
    // revoked too, whatever else a save brings: no save un-revokes.
    static QList<Token> keepRevocations(QList<Token> saving, const QList<Token> &inFile);

private:
    static Token combine(const Token &base, const Token &mine, const Token &theirs);
    static QDateTime earlier(const QDateTime &a, const QDateTime &b);
    static QDateTime later(const QDateTime &a, const QDateTime &b);
};

} // namespace gatehouse
