#pragma once

#include "Command.h"

namespace gatehouse::cli {

// gatehouse-cli diff: what access changes from one project to another, for
// a CI job to gate on (exit 1 when any access grows).
class DiffCommand : public Command
{
public:
    QString name() const override;
    QString synopsis() const override;
    QString summary() const override;
    int run(const QStringList &arguments, Console &console) override;
};

} // namespace gatehouse::cli
