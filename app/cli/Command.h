#pragma once

#include <QString>
#include <QStringList>
#include <QTextStream>

namespace gatehouse::cli {

// Exit statuses every command keeps to, so a pipeline can gate on them.
enum ExitStatus
{
    Success = 0,
    Failure = 1,
    UsageError = 2
};

// Where a command writes: results to `out`, one-line reasons to `err`.
struct Console
{
    QTextStream &out;
    QTextStream &err;
};

// One subcommand of gatehouse-cli.
class Command
{
public:
    virtual ~Command() = default;
    virtual QString name() const = 0;
    virtual QString synopsis() const = 0; // "export PROJECT -o FILE"
    virtual QString summary() const = 0;  // one sentence for --help
    virtual int run(const QStringList &arguments, Console &console) = 0;

    // Prints "gatehouse-cli: <reason>" and returns `status`.
    static int fail(Console &console, const QString &reason, int status = Failure);
};

} // namespace gatehouse::cli
