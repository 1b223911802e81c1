#include "ServeCommand.h"

#include "StopSignals.h"

#include "server/HttpServer.h"
#include "server/ProjectFileFollower.h"
#include "server/RequestLog.h"
#include "server/ServedProject.h"
#include "storage/LiveDataStore.h"
#include "storage/ProjectFile.h"

#include <QCoreApplication>

#include <tuple>

using namespace Qt::Literals::StringLiterals;

namespace gatehouse::cli {

namespace {

// A whole number from `least` to 10,000,000, or an error naming the option.
std::optional<int> numberOption(const Arguments &args, const QString &name, int fallback,
                                QString *error, int least = 1)
{
    if (!args.has(name))
        return fallback;
    bool ok = false;
    const int value = args.value(name).toInt(&ok);
    if (!ok || value < least || value > 10'000'000) {
        *error = u"%1 takes a whole number from %2 to 10000000, not `%3`"_s.arg(
            name, QString::number(least), args.value(name));
        return std::nullopt;
    }
    return value;
}

QString urlOf(const QString &host, quint16 port)
{
    const QString shown = host.contains(u':') ? u'[' + host + u']' : host;
    return u"http://%1:%2"_s.arg(shown).arg(port);
}

} // namespace

QString ServeCommand::name() const
{
    return u"serve"_s;
}

QString ServeCommand::synopsis() const
{
    return u"serve PROJECT [--port N] [--host ADDR [--allow-remote]] [--reset-data] "
           "[--max-connections N] [--max-connections-per-client N] [--header-timeout-ms MS] "
           "[--idle-timeout-ms MS] [--client-rate N] [--client-workflow-rate N] "
           "[--log-queue N]"_s;
}

QString ServeCommand::summary() const
{
    return u"Serve the project on the local test server (port %1, 127.0.0.1) until SIGINT or "
           "SIGTERM, one line per request; --port 0 picks a free port; --reset-data puts the "
           "test data back first; %2 connections at most, %5 ms idle keep-alive and %8 log "
           "entries waiting in memory; the per-client limits are the project's API settings "
           "(by default %3 connections a client, a %4 ms header deadline, %6 requests a minute "
           "from a client without a token, %7 to one workflow from a client) and each option "
           "given wins over the project's for this run (0: no limit)."_s.arg(defaultPort)
               .arg(ServerLimits().maxConnections)
               .arg(ServerLimits().maxConnectionsPerClient)
               .arg(ServerLimits().headerTimeoutMs)
               .arg(ServerLimits().idleTimeoutMs)
               .arg(ServerLimits().requestsPerMinutePerClient)
               .arg(ServerLimits().requestsPerMinutePerClientWorkflow)
               .arg(RequestLogQueue::defaultBound);
}

std::optional<ServerLimitOverrides> ServeCommand::transportOptions(const Arguments &args,
                                                                   QString *error)
{
    ServerLimitOverrides overrides;
    // name, field, least value (0: no limit)
    const std::tuple<QString, std::optional<int> *, int> options[] = {
        {u"--max-connections"_s, &overrides.maxConnections, 1},
        {u"--max-connections-per-client"_s, &overrides.maxConnectionsPerClient, 1},
        {u"--header-timeout-ms"_s, &overrides.headerTimeoutMs, 1},
        {u"--idle-timeout-ms"_s, &overrides.idleTimeoutMs, 1},
        {u"--client-rate"_s, &overrides.requestsPerMinutePerClient, 0},
        {u"--client-workflow-rate"_s, &overrides.requestsPerMinutePerClientWorkflow, 0},
    };
    for (const auto &[name, field, least] : options) {
        if (!args.has(name))
            continue;
        const std::optional<int> value = numberOption(args, name, 0, error, least);
        if (!value)
            return std::nullopt;
        *field = *value;
    }
    return overrides;
}

std::optional<quint16> ServeCommand::portOption(const Arguments &args, QString *error)
{
    if (!args.has(u"--port"_s))
        return defaultPort;
    bool ok = false;
    const uint value = args.value(u"--port"_s).toUInt(&ok);
    if (!ok || value > 65535) {
        *error = u"--port takes a number from 0 to 65535, not `%1`"_s.arg(args.value(u"--port"_s));
        return std::nullopt;
    }
    return quint16(value);
}

int ServeCommand::run(const QStringList &arguments, Console &console)
{
    QString error;
    const auto args = Arguments::parse(arguments,
                                       {u"--port"_s, u"--host"_s, u"--max-connections"_s,
                                        u"--max-connections-per-client"_s, u"--header-timeout-ms"_s,
                                        u"--idle-timeout-ms"_s, u"--client-rate"_s,
                                        u"--client-workflow-rate"_s, u"--log-queue"_s},
                                       {u"--allow-remote"_s, u"--reset-data"_s}, &error);
    if (!args)
        return fail(console, error, UsageError);
    if (args->positionals().size() != 1)
        return fail(console, u"usage: gatehouse-cli "_s + synopsis(), UsageError);
    const auto port = portOption(*args, &error);
    if (!port)
        return fail(console, error, UsageError);
    if (!transportOptions(*args, &error) ||
        !numberOption(*args, u"--log-queue"_s, RequestLogQueue::defaultBound, &error))
        return fail(console, error, UsageError);
    const QString host =
        args->has(u"--host"_s) ? args->value(u"--host"_s) : HttpServer::defaultHost();
    return serve(args->positionals().first(), host, *port, *args, console);
}

int ServeCommand::serve(const QString &path, const QString &host, quint16 port,
                        const Arguments &args, Console &console)
{
    // The follower reads the file's stamp before the project is loaded, so
    // a save in between is picked up by the first request.
    ProjectSnapshots snapshots(std::make_shared<const Project>());
    if (auto checked = ProjectFile::load(path); !checked) // migrates an older file first
        return fail(console, checked.errorMessage());
    auto follower = ProjectFileFollower::open(path, snapshots);
    if (!follower)
        return fail(console, follower.errorMessage());
    auto project = ProjectFile::load(path);
    if (!project)
        return fail(console, project.errorMessage());
    const ProjectSettings settings = project->settings;
    snapshots.publish(std::make_shared<const Project>(std::move(project).value()));

    auto opened = ServedProject::open(path, snapshots, settings.limits, follower.value().get());
    if (!opened)
        return fail(console, opened.errorMessage());
    ServedProject &served = *opened.value();
    served.setLimitOverrides(*transportOptions(args, nullptr));
    served.setLogQueueBound(
        *numberOption(args, u"--log-queue"_s, RequestLogQueue::defaultBound, nullptr));
    if (args.has(u"--reset-data"_s)) {
        if (auto reset = served.liveData().resetToTestData(); !reset)
            return fail(console, reset.errorMessage());
    }
    HttpServer &server = served.http();
    server.setAllowNonLoopback(args.has(u"--allow-remote"_s));
    QObject::connect(&server, &HttpServer::warning,
                     [&](const QString &message) { console.err << message << Qt::endl; });
    QObject::connect(&served, &ServedProject::logProblem, [&](const QString &message) {
        console.err << u"gatehouse-cli: "_s << message << Qt::endl;
    });
    QObject::connect(&served, &ServedProject::logDropped, [&](qint64 total) {
        console.err << u"gatehouse-cli: the request log fell behind: %1 entries not written to "
                       "the file in all (at most %2 wait in memory)"_s.arg(total)
                           .arg(served.log().queue().bound())
                    << Qt::endl;
    });
    RequestLimits limits = settings.limits;
    QObject::connect(&served, &ServedProject::answered, [&](const RequestLogEntry &entry) {
        // A save that changed the request limits applies from the next request.
        if (const RequestLimits now = snapshots.current()->settings.limits; now != limits) {
            limits = now;
            served.applyLimits(limits);
        }
        console.out << entry.toLine() << Qt::endl;
    });
    // Ready for a stop before anyone can read that the server listens.
    StopSignals stopSignals;
    QObject::connect(&stopSignals, &StopSignals::stopRequested, [&](int signalNumber) {
        served.stop();
        console.out << u"stopped (signal %1)"_s.arg(signalNumber) << Qt::endl;
        QCoreApplication::quit();
    });
    const auto bound = server.start(host, port);
    if (!bound)
        return fail(console, u"cannot serve %1 on %2: %3"_s.arg(path, urlOf(host, port),
                                                                bound.errorMessage()));
    console.out << u"listening on "_s << urlOf(host, bound.value()) << Qt::endl;

    QCoreApplication::exec();
    served.stop();
    return Success;
}

} // namespace gatehouse::cli
