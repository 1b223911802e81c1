#include "DemoCommand.h"

#include "Arguments.h"
#include "ProjectLoader.h"

#include "model/DemoProject.h"
#include "storage/ProjectFile.h"

using namespace Qt::Literals::StringLiterals;

namespace gatehouse::cli {

QString DemoCommand::name() const
{
    return u"demo"_s;
}
QString DemoCommand::synopsis() const
{
    return u"demo FILE [--force]"_s;
}
QString DemoCommand::summary() const
{
    return u"Write the \"Payments demo\" project to FILE."_s;
}

int DemoCommand::run(const QStringList &arguments, Console &console)
{
    QString error;
    const auto args = Arguments::parse(arguments, {}, {u"--force"_s}, &error);
    if (!args)
        return fail(console, error, UsageError);
    if (args->positionals().size() != 1)
        return fail(console, u"usage: gatehouse-cli "_s + synopsis(), UsageError);
    const QString path = args->positionals().first();
    if (auto ok = ProjectLoader::checkOutputProject(path, args->has(u"--force"_s)); !ok)
        return fail(console, ok.errorMessage());
    auto demo = DemoProject::build();
    if (!demo)
        return fail(console, path + u": "_s + demo.errorMessage());
    if (auto saved = ProjectFile::save(demo.value(), path); !saved)
        return fail(console, saved.errorMessage());
    console.out << u"wrote the demo project \"%1\" to %2"_s.arg(demo->name, path) << Qt::endl;
    return Success;
}

} // namespace gatehouse::cli
