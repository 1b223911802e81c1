#pragma once

#include "Command.h"

namespace gatehouse::cli {

// log: the project's request log, oldest first, one line per request or as
// JSON with each request's trace. It holds no secret: tokens show by their
// visible prefix only.
class LogCommand : public Command
{
public:
    QString name() const override;
    QString synopsis() const override;
    QString summary() const override;
    int run(const QStringList &arguments, Console &console) override;
};

} // namespace gatehouse::cli
