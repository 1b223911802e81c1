#pragma once

#include "Command.h"

namespace gatehouse::cli {

// gatehouse-cli matrix: who may do what, as CSV or HTML.
class MatrixCommand : public Command
{
public:
    QString name() const override;
    QString synopsis() const override;
    QString summary() const override;
    int run(const QStringList &arguments, Console &console) override;
};

} // namespace gatehouse::cli
