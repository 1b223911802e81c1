#include "AuditCommand.h"

#include "Arguments.h"
#include "AuditCommandOutput.h"
#include "ProjectLoader.h"

#include "audit/Audit.h"
#include "audit/AuditHtmlReport.h"
#include "audit/AuditJsonReport.h"
#include "audit/AuditMarkdownReport.h"
#include "audit/AuditSarifReport.h"
#include "audit/AuditTextReport.h"

#include <QFileInfo>

using namespace Qt::Literals::StringLiterals;

namespace gatehouse::cli {

namespace {
const QStringList kFormats{u"text"_s, u"json"_s, u"markdown"_s, u"html"_s, u"sarif"_s};
const QStringList kLevels{u"low"_s, u"medium"_s, u"high"_s, u"critical"_s};

QByteArray render(const audit::AuditReport &report, const QString &format, const QString &artifact)
{
    if (format == u"json"_s)
        return audit::AuditJsonReport::write(report);
    if (format == u"markdown"_s)
        return audit::AuditMarkdownReport::write(report);
    if (format == u"html"_s)
        return audit::AuditHtmlReport::write(report);
    if (format == u"sarif"_s)
        return audit::AuditSarifReport::write(report, artifact);
    return audit::AuditTextReport::write(report);
}
} // namespace

QString AuditCommand::name() const
{
    return u"audit"_s;
}
QString AuditCommand::synopsis() const
{
    return u"audit PROJECT|CONFIG [--format text|json|markdown|html|sarif] "
           "[--fail-on low|medium|high|critical] [-o FILE] [--serve-host ADDR] | audit --list-checks"_s;
}
QString AuditCommand::summary() const
{
    return u"Report what is risky and why; with --fail-on, exit 1 when a finding at that level "
           "or worse is present."_s;
}

int AuditCommand::run(const QStringList &arguments, Console &console)
{
    QString error;
    const auto args = Arguments::parse(
        arguments, {u"--format"_s, u"--fail-on"_s, u"-o"_s, u"--output"_s, u"--serve-host"_s},
        {u"--list-checks"_s}, &error);
    if (!args)
        return fail(console, error, UsageError);
    if (args->has(u"--list-checks"_s) && args->positionals().isEmpty()) {
        QList<audit::CheckInfo> checks;
        for (const audit::AuditCheck &check : audit::Audit::checks())
            checks << check.info;
        console.out << QString::fromUtf8(audit::AuditMarkdownReport::catalogue(checks));
        console.out.flush();
        return Success;
    }
    if (args->positionals().size() != 1)
        return fail(console, u"usage: gatehouse-cli "_s + synopsis(), UsageError);
    const QString format = args->has(u"--format"_s) ? args->value(u"--format"_s) : u"text"_s;
    if (!kFormats.contains(format))
        return fail(console, u"unknown format `%1`; use %2"_s.arg(format, kFormats.join(u", "_s)),
                    UsageError);
    const QString failOn = args->value(u"--fail-on"_s);
    if (args->has(u"--fail-on"_s) && !kLevels.contains(failOn))
        return fail(console, u"unknown level `%1`; use %2"_s.arg(failOn, kLevels.join(u", "_s)),
                    UsageError);
    const QString path = args->positionals().first();
    auto project = ProjectLoader::loadProjectOrConfig(path);
    if (!project)
        return fail(console, project.errorMessage());
    audit::AuditEnvironment environment;
    environment.projectFilePath = ProjectLoader::isProjectFile(path) ? path : QString();
    environment.serveHost = args->value(u"--serve-host"_s);
    const audit::AuditReport report = audit::Audit::run(project.value(), environment);
    const QString output = args->has(u"-o"_s) ? args->value(u"-o"_s) : args->value(u"--output"_s);
    if (auto written = AuditCommandOutput::write(render(report, format, QFileInfo(path).fileName()),
                                                 output, console);
        !written)
        return fail(console, written.errorMessage());
    if (!failOn.isEmpty() && report.hasAtLeast(*audit::severityFromId(failOn)))
        return fail(console, u"%1: findings at %2 or worse"_s.arg(path, failOn));
    return Success;
}

} // namespace gatehouse::cli
