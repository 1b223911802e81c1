#pragma once

#include "Command.h"

#include "model/Diagnostic.h"
#include "model/Project.h"

namespace gatehouse::cli {

class ValidateCommand : public Command
{
public:
    QString name() const override;
    QString synopsis() const override;
    QString summary() const override;
    int run(const QStringList &arguments, Console &console) override;
};

} // namespace gatehouse::cli
