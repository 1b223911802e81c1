#pragma once

#include "Arguments.h"
#include "Command.h"

#include "model/Project.h"
#include "model/Result.h"

#include <functional>

namespace gatehouse::cli {

// token create | list | show | revoke | rotate | review: the token manager,
// headless. A new secret is printed once, as the last line; the project
// keeps its hash. Issuing is core's (TokenIssuer); each change rewrites only
// the token rows of the file (TokenFile), never the whole project.
class TokenCommand : public Command
{
public:
    QString name() const override;
    QString synopsis() const override;
    QString summary() const override;
    int run(const QStringList &arguments, Console &console) override;

private:
    // Changes the named token in the file; `edit` returns the token as it
    // should be, or why not.
    using TokenEdit = std::function<Result<Token>(const Token &token, const Project &context)>;

    int create(const Arguments &args, Console &console);
    int revoke(const Arguments &args, Console &console);
    int rotate(const Arguments &args, Console &console);
    int review(const Arguments &args, Console &console);
    Result<Token> changeToken(const QString &path, const QString &tokenName, const TokenEdit &edit);
};

} // namespace gatehouse::cli
