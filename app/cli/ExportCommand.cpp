#include "ExportCommand.h"

#include "Arguments.h"

#include "exchange/ConfigFile.h"
#include "storage/ProjectFile.h"

using namespace Qt::Literals::StringLiterals;

namespace gatehouse::cli {

QString ExportCommand::name() const
{
    return u"export"_s;
}
QString ExportCommand::synopsis() const
{
    return u"export PROJECT -o FILE"_s;
}
QString ExportCommand::summary() const
{
    return u"Write PROJECT's JSON config to FILE (\"-\" for standard output); no secrets."_s;
}

int ExportCommand::run(const QStringList &arguments, Console &console)
{
    QString error;
    const auto args = Arguments::parse(arguments, {u"-o"_s, u"--output"_s}, {}, &error);
    if (!args)
        return fail(console, error, UsageError);
    const QString output = args->has(u"-o"_s) ? args->value(u"-o"_s) : args->value(u"--output"_s);
    if (args->positionals().size() != 1 || output.isEmpty())
        return fail(console, u"usage: gatehouse-cli "_s + synopsis(), UsageError);
    const QString path = args->positionals().first();
    auto project = ProjectFile::load(path, ProjectFile::Access::ReadOnly);
    if (!project)
        return fail(console, project.errorMessage());
    if (output == u"-"_s) {
        console.out << QString::fromUtf8(ConfigFile::toJson(project.value()));
        console.out.flush();
        return Success;
    }
    if (auto written = ConfigFile::write(project.value(), output); !written)
        return fail(console, written.errorMessage());
    console.out << u"exported %1 to %2"_s.arg(path, output) << Qt::endl;
    return Success;
}

} // namespace gatehouse::cli
