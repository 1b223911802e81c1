#pragma once

#include "Command.h"

namespace gatehouse::cli {

// gatehouse-cli audit: the security audit of a project or config, in one of
// five formats; with --fail-on, exit 1 when a finding at that level or worse
// is present, so a CI job can gate on it.
class AuditCommand : public Command
{
public:
    QString name() const override;
    QString synopsis() const override;
    QString summary() const override;
    int run(const QStringList &arguments, Console &console) override;
};

} // namespace gatehouse::cli
