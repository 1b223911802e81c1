#include "OpenApiCommand.h"

#include "Arguments.h"
#include "AuditCommandOutput.h"
#include "ProjectLoader.h"

#include "audit/OpenApiDocument.h"

#include <QUrl>

using namespace Qt::Literals::StringLiterals;

namespace gatehouse::cli {

QString OpenApiCommand::name() const
{
    return u"openapi"_s;
}
QString OpenApiCommand::synopsis() const
{
    return u"openapi PROJECT|CONFIG -o FILE [--version 3.0|3.1] [--server URL]"_s;
}
QString OpenApiCommand::summary() const
{
    return u"Write the OpenAPI description of the exposed workflows and Data API types to FILE "
           "(\"-\" for standard output)."_s;
}

int OpenApiCommand::run(const QStringList &arguments, Console &console)
{
    QString error;
    const auto args = Arguments::parse(
        arguments, {u"-o"_s, u"--output"_s, u"--version"_s, u"--server"_s}, {}, &error);
    if (!args)
        return fail(console, error, UsageError);
    const QString output = args->has(u"-o"_s) ? args->value(u"-o"_s) : args->value(u"--output"_s);
    if (args->positionals().size() != 1 || output.isEmpty())
        return fail(console, u"usage: gatehouse-cli "_s + synopsis(), UsageError);
    const QString version = args->has(u"--version"_s) ? args->value(u"--version"_s) : u"3.1"_s;
    if (version != u"3.0"_s && version != u"3.1"_s)
        return fail(console, u"unknown OpenAPI version `%1`; use 3.0 or 3.1"_s.arg(version),
                    UsageError);
    const QString server = args->value(u"--server"_s);
    const QUrl url(server, QUrl::StrictMode);
    if (!server.isEmpty() && (!url.isValid() || url.scheme().isEmpty() || url.host().isEmpty()))
        return fail(console, u"`%1` is not a server URL such as https://host/api/1.1"_s.arg(server),
                    UsageError);
    const QString path = args->positionals().first();
    auto project = ProjectLoader::loadProjectOrConfig(path);
    if (!project)
        return fail(console, project.errorMessage());
    const auto dialect = version == u"3.0"_s ? audit::OpenApiSchemas::Version::V30
                                             : audit::OpenApiSchemas::Version::V31;
    const QByteArray document = audit::OpenApiDocument::write(project.value(), dialect, server);
    if (auto written = AuditCommandOutput::write(document, output, console); !written)
        return fail(console, written.errorMessage());
    if (output != u"-"_s)
        console.out << u"wrote OpenAPI %1 of %2 to %3"_s.arg(version, path, output) << Qt::endl;
    return Success;
}

} // namespace gatehouse::cli
