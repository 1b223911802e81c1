#pragma once

#include "Arguments.h"
#include "Command.h"

#include "model/Project.h"
#include "model/Result.h"

namespace gatehouse::cli {

// token create | list | revoke: the token manager, headless. A new token's
// secret is printed once, as the last line; the project keeps its hash.
class TokenCommand : public Command
{
public:
    QString name() const override;
    QString synopsis() const override;
    QString summary() const override;
    int run(const QStringList &arguments, Console &console) override;

private:
    int create(const Arguments &args, Console &console);
    int list(const Arguments &args, Console &console);
    int revoke(const Arguments &args, Console &console);
    static Result<QString> userIdFor(const Project &project, const QString &email);
};

} // namespace gatehouse::cli
