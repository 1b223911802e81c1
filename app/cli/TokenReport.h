#pragma once

#include "Command.h"

#include "model/Project.h"

#include <QDateTime>

namespace gatehouse::cli {

// `token list` and `token show`: tokens in words, never a secret or hash.
// Every token's state and scopes come from TokenDescription, the one place
// to point at the access policy's credential state.
class TokenReport
{
public:
    static int list(const QString &path, Console &console);
    static int show(const QString &path, const QString &tokenName, Console &console);

private:
    static QString who(const Token &token, const Project &context);
    static void showReview(const Token &token, const Project &context, const QDateTime &now,
                           Console &console);
    static void showUse(const QString &path, const Token &token, Console &console);
};

} // namespace gatehouse::cli
