#include "SuiteCommand.h"

#include "JUnitReport.h"
#include "SavedRequestFile.h"
#include "SuiteExport.h"
#include "SuiteRequestOptions.h"

#include "model/SavedRequestValidator.h"
#include "server/SuiteRunner.h"
#include "server/SuiteServer.h"
#include "storage/ProjectFile.h"

#include <QFileInfo>

using namespace Qt::Literals::StringLiterals;

namespace gatehouse::cli {

QString SuiteCommand::name() const
{
    return u"suite"_s;
}

QString SuiteCommand::synopsis() const
{
    return u"suite add PROJECT NAME (--workflow W | --data TYPE:OPERATION [--id RECORD]) "
           "--as anonymous|USER_EMAIL|token:NAME [--body JSON] [--query K=V]... --expect STATUS "
           "[--expect-body PATH=JSON]...\n"
           "  suite list PROJECT\n  suite run PROJECT [--junit FILE] [--name NAME]...\n"
           "  suite export PROJECT --format postman|bruno -o PATH"_s;
}

QString SuiteCommand::summary() const
{
    return u"Keep saved requests with their expected answers, and run them as a suite: on a "
           "throwaway copy of the project, over HTTP, each as its principal (a test user logged "
           "in, a token with a fresh secret in the copy); one line each, exit 1 on any failure, "
           "--junit for CI. Export them as a Postman v2.1 or Bruno collection whose environment "
           "has one empty variable per principal. OPERATION: "_s +
           SavedRequest::operationIds().join(u", "_s) + u"."_s;
}

namespace {
// The options each action takes; the parser knows them all.
QStringList optionsOf(const QString &action)
{
    if (action == u"add"_s)
        return SuiteRequestOptions::valueOptions();
    if (action == u"run"_s)
        return {u"--junit"_s, u"--name"_s};
    if (action == u"export"_s)
        return {u"--format"_s, u"-o"_s, u"--output"_s};
    return {};
}

// An option given to an action that does not take it, or empty.
QString misplacedOption(const Arguments &args, const QString &action)
{
    const QStringList allowed = optionsOf(action);
    for (const QString &verb : {u"add"_s, u"run"_s, u"export"_s}) {
        for (const QString &option : optionsOf(verb)) {
            if (!allowed.contains(option) && args.has(option))
                return option;
        }
    }
    return {};
}
} // namespace

int SuiteCommand::run(const QStringList &arguments, Console &console)
{
    QString error;
    const auto args = Arguments::parse(
        arguments, optionsOf(u"add"_s) + optionsOf(u"run"_s) + optionsOf(u"export"_s), {}, &error);
    if (!args)
        return fail(console, error, UsageError);
    const QString action = args->positionals().value(0);
    if (const QString option = misplacedOption(*args, action); !option.isEmpty())
        return fail(console, u"suite %1 does not take %2"_s.arg(action, option), UsageError);
    const qsizetype count = args->positionals().size();
    if (action == u"add"_s && count == 3)
        return add(*args, console);
    if (action == u"list"_s && count == 2)
        return list(args->positionals().at(1), console);
    if (action == u"run"_s && count == 2)
        return runSuite(*args, console);
    if (action == u"export"_s && count == 2)
        return SuiteExport::run(*args, console);
    return fail(console, u"usage: gatehouse-cli "_s + synopsis(), UsageError);
}

int SuiteCommand::add(const Arguments &args, Console &console)
{
    const QString path = args.positionals().at(1);
    const Result<SavedRequest> request = SuiteRequestOptions::read(args.positionals().at(2), args);
    if (!request)
        return fail(console, request.errorMessage(), UsageError);
    QString described;
    const Result<SavedRequest> added =
        SavedRequestFile(path).add([&](const Project &project) -> Result<SavedRequest> {
            if (project.indexOfSavedRequest(request->name) >= 0)
                return Error{u"%1: a saved request named `%2` exists"_s.arg(path, request->name)};
            const QStringList problems = SavedRequestValidator::problems(project, request.value());
            if (!problems.isEmpty())
                return Error{path + u": "_s + problems.join(u"; "_s)};
            described = SuiteRequestOptions::describe(project, request.value());
            return request;
        });
    if (!added)
        return fail(console, added.errorMessage());
    console.out << u"added saved request "_s
                << described.replace(0, request->name.size(), u'`' + request->name + u'`')
                << Qt::endl;
    return Success;
}

int SuiteCommand::list(const QString &path, Console &console)
{
    const Result<Project> project = ProjectFile::load(path, ProjectFile::Access::ReadOnly);
    if (!project)
        return fail(console, project.errorMessage());
    for (const SavedRequest &request : project->savedRequests)
        console.out << SuiteRequestOptions::describe(project.value(), request) << u'\n';
    console.out.flush();
    return Success;
}

int SuiteCommand::runSuite(const Arguments &args, Console &console)
{
    const QString path = args.positionals().at(1);
    auto server = SuiteServer::start(path);
    if (!server)
        return fail(console, server.errorMessage());
    QList<SavedRequest> chosen;
    for (const QString &wanted : args.values(u"--name"_s)) {
        const int index = server.value()->project().indexOfSavedRequest(wanted);
        if (index < 0)
            return fail(console, u"%1: no saved request named `%2`"_s.arg(path, wanted),
                        UsageError);
        chosen.append(server.value()->project().savedRequests.at(index));
    }
    if (!args.has(u"--name"_s))
        chosen = server.value()->project().savedRequests;
    SuiteRunner runner(*server.value());
    QList<SuiteOutcome> outcomes;
    for (const SavedRequest &request : chosen) {
        outcomes.append(runner.run(request));
        console.out << outcomes.last().line() << Qt::endl;
    }
    const auto failed = std::count_if(outcomes.begin(), outcomes.end(),
                                      [](const SuiteOutcome &o) { return !o.passed(); });
    console.out << u"%1 passed, %2 failed"_s.arg(outcomes.size() - failed).arg(failed) << Qt::endl;
    if (args.has(u"--junit"_s)) {
        const QString suiteName = QFileInfo(path).completeBaseName();
        if (auto written = JUnitReport::write(args.value(u"--junit"_s), suiteName, outcomes);
            !written)
            return fail(console, written.errorMessage());
    }
    return failed == 0 ? Success : Failure;
}

} // namespace gatehouse::cli
