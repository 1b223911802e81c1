#include "ImportCommand.h"

#include "Arguments.h"
#include "ProjectLoader.h"

#include "exchange/ConfigFile.h"
#include "storage/ProjectFile.h"

using namespace Qt::Literals::StringLiterals;

namespace gatehouse::cli {

QString ImportCommand::name() const
{
    return u"import"_s;
}
QString ImportCommand::synopsis() const
{
    return u"import CONFIG -o PROJECT [--force]"_s;
}
QString ImportCommand::summary() const
{
    return u"Make the project file PROJECT from the JSON config CONFIG."_s;
}

int ImportCommand::run(const QStringList &arguments, Console &console)
{
    QString error;
    const auto args = Arguments::parse(arguments, {u"-o"_s, u"--output"_s}, {u"--force"_s}, &error);
    if (!args)
        return fail(console, error, UsageError);
    const QString output = args->has(u"-o"_s) ? args->value(u"-o"_s) : args->value(u"--output"_s);
    if (args->positionals().size() != 1 || output.isEmpty())
        return fail(console, u"usage: gatehouse-cli "_s + synopsis(), UsageError);
    const QString configPath = args->positionals().first();
    auto project = ConfigFile::read(configPath);
    if (!project)
        return fail(console, project.errorMessage());
    if (auto ok = ProjectLoader::checkOutputProject(output, args->has(u"--force"_s)); !ok)
        return fail(console, ok.errorMessage());
    if (auto saved = ProjectFile::save(project.value(), output); !saved)
        return fail(console, saved.errorMessage());
    console.out << u"imported %1 into %2"_s.arg(configPath, output) << Qt::endl;
    return Success;
}

} // namespace gatehouse::cli
