#include "DetectCommand.h"

#include "ServeCommand.h"
#include "StopSignals.h"

#include "engine/DetectDataListener.h"
#include "server/HttpServer.h"
#include "server/ProjectSnapshots.h"
#include "server/ServedProject.h"
#include "storage/ProjectFile.h"

#include <QCoreApplication>

using namespace Qt::Literals::StringLiterals;

namespace gatehouse::cli {

QString DetectCommand::name() const
{
    return u"detect"_s;
}

QString DetectCommand::synopsis() const
{
    return u"detect PROJECT WORKFLOW [--port N] [--apply | --dry-run]"_s;
}

QString DetectCommand::summary() const
{
    return u"Serve the project until one call to POST .../wf/WORKFLOW/initialize arrives, print "
           "its keys as parameters with their types, and replace the workflow's parameters "
           "with them (--apply: without asking; --dry-run: never)."_s;
}

int DetectCommand::run(const QStringList &arguments, Console &console)
{
    QString error;
    const auto args =
        Arguments::parse(arguments, {u"--port"_s}, {u"--apply"_s, u"--dry-run"_s}, &error);
    if (!args)
        return fail(console, error, UsageError);
    if (args->positionals().size() != 2)
        return fail(console, u"usage: gatehouse-cli "_s + synopsis(), UsageError);
    if (args->has(u"--apply"_s) && args->has(u"--dry-run"_s))
        return fail(console, u"--apply and --dry-run exclude each other"_s, UsageError);
    const auto port = ServeCommand::portOption(*args, &error);
    if (!port)
        return fail(console, error, UsageError);
    return detect(args->positionals().at(0), args->positionals().at(1), *port, *args, console);
}

int DetectCommand::detect(const QString &path, const QString &workflow, quint16 port,
                          const Arguments &args, Console &console)
{
    auto project = ProjectFile::load(path); // migrates an older file first
    if (!project)
        return fail(console, project.errorMessage());
    const Workflow *target = project->findWorkflow(workflow);
    if (!target)
        return fail(console, u"%1 has no workflow `%2`"_s.arg(path, workflow));
    if (target->method == HttpMethod::Get)
        return fail(console, u"workflow `%1` is triggered with GET: its parameters are defined "
                             "by hand, as in Bubble"_s.arg(workflow));
    const RequestLimits limits = project->settings.limits;
    ProjectSnapshots snapshots(std::make_shared<const Project>(std::move(project).value()));
    auto opened = ServedProject::open(path, snapshots, limits);
    if (!opened)
        return fail(console, opened.errorMessage());
    ServedProject &served = *opened.value();
    DetectDataListener listener;
    served.setDetectListener(&listener);
    listener.listen(workflow);
    // Once the captured call has been answered, not when it is captured:
    // stopping the server then could drop the answer on its way out.
    QObject::connect(&served, &ServedProject::answered, qApp, [&listener] {
        if (listener.captured())
            QCoreApplication::quit();
    });
    StopSignals stopSignals;
    int stoppedBy = 0;
    QObject::connect(&stopSignals, &StopSignals::stopRequested, [&](int signalNumber) {
        stoppedBy = signalNumber;
        QCoreApplication::quit();
    });
    const auto bound = served.http().start(HttpServer::defaultHost(), port);
    if (!bound)
        return fail(console, u"cannot serve %1 on port %2: %3"_s.arg(path).arg(port).arg(
                                 bound.errorMessage()));
    const QString url = u"http://%1:%2"_s.arg(HttpServer::defaultHost()).arg(bound.value());
    console.out << u"listening on "_s << url << Qt::endl
                << u"waiting for one call to POST %1/version-test/api/1.1/wf/%2/initialize"_s.arg(
                       url, workflow)
                << Qt::endl;
    QCoreApplication::exec();
    served.stop();
    const auto detected = listener.captured();
    if (!detected)
        return fail(console, u"stopped (signal %1) before any call arrived"_s.arg(stoppedBy));
    print(*detected, console);
    if (!confirmed(*detected, args, console)) {
        console.out << u"not applied"_s << Qt::endl;
        return Success;
    }
    return apply(path, *detected, console);
}

void DetectCommand::print(const DetectedParameters &detected, Console &console)
{
    console.out << u"detected %1 parameter(s) from the %2:"_s.arg(detected.parameters.size())
                       .arg(parameterSourceId(detected.source))
                << Qt::endl;
    for (const Parameter &parameter : detected.parameters)
        console.out << u"  %1: %2%3"_s.arg(parameter.key, parameter.type.displayName(),
                                           parameter.optional ? u" (optional)"_s : QString())
                    << Qt::endl;
    for (const QString &ignored : detected.ignored)
        console.out << u"  ignored %1"_s.arg(ignored) << Qt::endl;
}

bool DetectCommand::confirmed(const DetectedParameters &detected, const Arguments &args,
                              Console &console)
{
    if (args.has(u"--apply"_s) || args.has(u"--dry-run"_s))
        return args.has(u"--apply"_s);
    console.out << u"replace the parameters of workflow `%1` with these? [y/N] "_s.arg(
                       detected.workflow)
                << Qt::flush;
    QTextStream in(stdin);
    const QString answer = in.readLine().trimmed().toLower();
    return answer == u"y"_s || answer == u"yes"_s;
}

// Read again before the change: the file may have been saved meanwhile.
int DetectCommand::apply(const QString &path, const DetectedParameters &detected, Console &console)
{
    auto project = ProjectFile::load(path);
    if (!project)
        return fail(console, project.errorMessage());
    Project changed = project.value();
    const int index = changed.indexOfWorkflow(detected.workflow);
    if (index < 0)
        return fail(console, u"workflow `%1` was removed meanwhile; nothing applied"_s.arg(
                                 detected.workflow));
    changed.workflows[index].parameters = detected.parameters;
    changed.workflows[index].parameterSource = detected.source;
    if (auto saved = ProjectFile::save(changed, path); !saved)
        return fail(console, saved.errorMessage());
    console.out << u"applied: workflow `%1` now takes %2 parameter(s)"_s.arg(detected.workflow)
                       .arg(detected.parameters.size())
                << Qt::endl;
    return Success;
}

} // namespace gatehouse::cli
