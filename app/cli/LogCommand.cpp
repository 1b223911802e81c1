#include "LogCommand.h"

#include "Arguments.h"

#include "server/RequestLog.h"
#include "storage/ProjectFile.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::Literals::StringLiterals;

namespace gatehouse::cli {

QString LogCommand::name() const
{
    return u"log"_s;
}

QString LogCommand::synopsis() const
{
    return u"log PROJECT [--tail N] [--json]"_s;
}

QString LogCommand::summary() const
{
    return u"Print the request log, oldest first: the last N requests (all by default), as "
           "lines or as JSON with each request's trace."_s;
}

int LogCommand::run(const QStringList &arguments, Console &console)
{
    QString error;
    const auto args = Arguments::parse(arguments, {u"--tail"_s}, {u"--json"_s}, &error);
    if (!args)
        return fail(console, error, UsageError);
    if (args->positionals().size() != 1)
        return fail(console, u"usage: gatehouse-cli "_s + synopsis(), UsageError);
    int count = -1;
    if (args->has(u"--tail"_s)) {
        bool ok = false;
        count = args->value(u"--tail"_s).toInt(&ok);
        if (!ok || count < 0)
            return fail(console,
                        u"--tail takes a whole number, not `%1`"_s.arg(args->value(u"--tail"_s)),
                        UsageError);
    }
    const QString path = args->positionals().first();
    // Loading first gives the file's own error for what is not a project,
    // and migrates an older one (which has no log yet) read-only, in memory.
    if (auto project = ProjectFile::load(path, ProjectFile::Access::ReadOnly); !project)
        return fail(console, project.errorMessage());
    auto entries = RequestLog::read(path, count);
    if (!entries)
        return fail(console, entries.errorMessage());
    if (args->has(u"--json"_s)) {
        QJsonArray array;
        for (const RequestLogEntry &entry : entries.value())
            array.append(entry.toJson());
        console.out << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
        console.out.flush();
        return Success;
    }
    for (const RequestLogEntry &entry : entries.value())
        console.out << entry.toLine() << Qt::endl;
    return Success;
}

} // namespace gatehouse::cli
