#pragma once

#include "Command.h"

namespace gatehouse::cli {

// gatehouse-cli openapi: the OpenAPI 3.1 (or 3.0) description of what the
// engine serves for a project.
class OpenApiCommand : public Command
{
public:
    QString name() const override;
    QString synopsis() const override;
    QString summary() const override;
    int run(const QStringList &arguments, Console &console) override;
};

} // namespace gatehouse::cli
