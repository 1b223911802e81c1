#include "CommandLine.h"

#include "AuditCommand.h"
#include "DemoCommand.h"
#include "DetectCommand.h"
#include "DiffCommand.h"
#include "ExportCommand.h"
#include "ImportCommand.h"
#include "LogCommand.h"
#include "MatrixCommand.h"
#include "OpenApiCommand.h"
#include "ServeCommand.h"
#include "SuiteCommand.h"
#include "TokenCommand.h"
#include "ValidateCommand.h"

using namespace Qt::Literals::StringLiterals;

namespace gatehouse::cli {

CommandLine::CommandLine()
{
    m_commands.push_back(std::make_unique<DemoCommand>());
    m_commands.push_back(std::make_unique<ExportCommand>());
    m_commands.push_back(std::make_unique<ImportCommand>());
    m_commands.push_back(std::make_unique<ValidateCommand>());
    m_commands.push_back(std::make_unique<TokenCommand>());
    m_commands.push_back(std::make_unique<ServeCommand>());
    m_commands.push_back(std::make_unique<DetectCommand>());
    m_commands.push_back(std::make_unique<LogCommand>());
    m_commands.push_back(std::make_unique<AuditCommand>());
    m_commands.push_back(std::make_unique<OpenApiCommand>());
    m_commands.push_back(std::make_unique<MatrixCommand>());
    m_commands.push_back(std::make_unique<DiffCommand>());
    m_commands.push_back(std::make_unique<SuiteCommand>());
}

int CommandLine::run(const QStringList &arguments, Console &console)
{
    if (arguments.isEmpty()) {
        printHelp(console.err);
        return UsageError;
    }
    const QString first = arguments.first();
    if (first == u"--help"_s || first == u"-h"_s || first == u"help"_s) {
        printHelp(console.out);
        return Success;
    }
    if (first == u"--version"_s) {
        console.out << u"gatehouse-cli " GATEHOUSE_VERSION ""_s << Qt::endl;
        return Success;
    }
    Command *command = find(first);
    if (!command) {
        console.err << u"gatehouse-cli: unknown command `%1`; see gatehouse-cli --help"_s.arg(first)
                    << Qt::endl;
        return UsageError;
    }
    return command->run(arguments.mid(1), console);
}

void CommandLine::printHelp(QTextStream &stream) const
{
    stream << u"Usage: gatehouse-cli COMMAND [ARGUMENTS]\n\n"
              "Design and secure backend API workflows, headlessly.\n\nCommands:\n"_s;
    for (const auto &command : m_commands)
        stream << u"  %1\n      %2\n"_s.arg(command->synopsis(), command->summary());
    stream << u"\nOptions:\n  --help     show this help\n  --version  show the version\n\n"
              "Exit status: 0 success, 1 failure (the reason is printed, naming the file),\n"
              "2 wrong usage.\n"_s;
    stream.flush();
}

Command *CommandLine::find(const QString &name) const
{
    for (const auto &command : m_commands) {
        if (command->name() == name)
            return command.get();
    }
    return nullptr;
}

} // namespace gatehouse::cli
