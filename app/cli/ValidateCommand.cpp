#include "ValidateCommand.h"

#include "Arguments.h"
#include "ProjectLoader.h"

#include "expr/ProjectDiagnosis.h"

using namespace Qt::Literals::StringLiterals;

namespace gatehouse::cli {

QString ValidateCommand::name() const
{
    return u"validate"_s;
}
QString ValidateCommand::synopsis() const
{
    return u"validate PROJECT|CONFIG"_s;
}
QString ValidateCommand::summary() const
{
    return u"Check a project file or a JSON config; one line per problem, exit 1 if any."_s;
}

int ValidateCommand::run(const QStringList &arguments, Console &console)
{
    QString error;
    const auto args = Arguments::parse(arguments, {}, {}, &error);
    if (!args)
        return fail(console, error, UsageError);
    if (args->positionals().size() != 1)
        return fail(console, u"usage: gatehouse-cli "_s + synopsis(), UsageError);
    const QString path = args->positionals().first();
    auto project = ProjectLoader::loadProjectOrConfig(path);
    if (!project)
        return fail(console, project.errorMessage());
    const Diagnostics diagnostics = expr::ProjectDiagnosis::of(project.value());
    int errors = 0;
    for (const Diagnostic &d : diagnostics) {
        console.out << path << u": "_s << d.toString() << Qt::endl;
        errors += d.isError() ? 1 : 0;
    }
    if (errors > 0)
        return fail(console, errors == 1 ? u"%1: 1 error"_s.arg(path)
                                         : u"%1: %2 errors"_s.arg(path).arg(errors));
    console.out << u"%1: ok (%2 workflows, %3 data types, %4 records)"_s.arg(path)
                       .arg(project->workflows.size())
                       .arg(project->dataTypes.size())
                       .arg(project->records.size())
                << Qt::endl;
    return Success;
}

} // namespace gatehouse::cli
