#pragma once

#include "Command.h"

#include <memory>
#include <vector>

namespace gatehouse::cli {

// gatehouse-cli's front: finds the command named first and runs it, or
// prints help or the version.
class CommandLine
{
public:
    CommandLine();
    int run(const QStringList &arguments, Console &console);

private:
    void printHelp(QTextStream &stream) const;
    Command *find(const QString &name) const;

    std::vector<std::unique_ptr<Command>> m_commands;
};

} // namespace gatehouse::cli
