#include "MatrixCommand.h"

#include "Arguments.h"
#include "AuditCommandOutput.h"
#include "MatrixCsvFile.h"
#include "ProjectLoader.h"

#include "audit/AccessMatrix.h"
#include "audit/MatrixCsvExport.h"
#include "audit/MatrixHtmlExport.h"

using namespace Qt::Literals::StringLiterals;

namespace gatehouse::cli {

QString MatrixCommand::name() const
{
    return u"matrix"_s;
}
QString MatrixCommand::synopsis() const
{
    return u"matrix PROJECT|CONFIG [--format csv|html] [-o FILE]"_s;
}
QString MatrixCommand::summary() const
{
    return u"Write the access matrix: each principal against each workflow and Data API "
           "operation, allowed, refused or conditional, with the step that decided."_s;
}

int MatrixCommand::run(const QStringList &arguments, Console &console)
{
    QString error;
    const auto args =
        Arguments::parse(arguments, {u"--format"_s, u"-o"_s, u"--output"_s}, {}, &error);
    if (!args)
        return fail(console, error, UsageError);
    if (args->positionals().size() != 1)
        return fail(console, u"usage: gatehouse-cli "_s + synopsis(), UsageError);
    const QString format = args->has(u"--format"_s) ? args->value(u"--format"_s) : u"csv"_s;
    if (format != u"csv"_s && format != u"html"_s)
        return fail(console, u"unknown format `%1`; use csv or html"_s.arg(format), UsageError);
    auto project = ProjectLoader::loadProjectOrConfig(args->positionals().first());
    if (!project)
        return fail(console, project.errorMessage());
    const audit::AccessMatrix matrix = audit::AccessMatrix::compute(project.value());
    const QString output = args->has(u"-o"_s) ? args->value(u"-o"_s) : args->value(u"--output"_s);
    const bool toFile = !output.isEmpty() && output != u"-"_s;
    // A CSV file is streamed (gigabytes at thousands of workflows); standard
    // output and HTML are written whole.
    const Result<> written =
        toFile && format == u"csv"_s
            ? MatrixCsvFile::write(matrix, output)
            : AuditCommandOutput::write(format == u"html"_s ? audit::MatrixHtmlExport::write(matrix)
                                                            : audit::MatrixCsvExport::write(matrix),
                                        output, console);
    if (!written)
        return fail(console, written.errorMessage());
    return Success;
}

} // namespace gatehouse::cli
