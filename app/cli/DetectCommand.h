#pragma once

#include "Arguments.h"
#include "Command.h"

#include "engine/DetectedParameters.h"

namespace gatehouse::cli {

// detect: Bubble's "Detect data" without the editor. Serves the project,
// waits for one call to POST .../wf/WORKFLOW/initialize, prints the keys it
// carried as proposed parameters with their types, then replaces the
// workflow's parameters with them when told to: --apply without asking,
// --dry-run never, otherwise after a "y" on standard input.
class DetectCommand : public Command
{
public:
    QString name() const override;
    QString synopsis() const override;
    QString summary() const override;
    int run(const QStringList &arguments, Console &console) override;

private:
    int detect(const QString &path, const QString &workflow, quint16 port, const Arguments &args,
               Console &console);
    static void print(const DetectedParameters &detected, Console &console);
    static bool confirmed(const DetectedParameters &detected, const Arguments &args,
                          Console &console);
    static int apply(const QString &path, const DetectedParameters &detected, Console &console);
};

} // namespace gatehouse::cli
