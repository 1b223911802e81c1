#include "DiffCommand.h"

#include "Arguments.h"
#include "ProjectLoader.h"

#include "audit/AccessMatrix.h"
#include "audit/MatrixDiff.h"

using namespace Qt::Literals::StringLiterals;

namespace gatehouse::cli {

QString DiffCommand::name() const
{
    return u"diff"_s;
}
QString DiffCommand::synopsis() const
{
    return u"diff BEFORE AFTER (project files or configs)"_s;
}
QString DiffCommand::summary() const
{
    return u"Print the access that changes from BEFORE to AFTER, one line each; exit 1 when "
           "any access grows, 2 when a project cannot be read."_s;
}

int DiffCommand::run(const QStringList &arguments, Console &console)
{
    QString error;
    const auto args = Arguments::parse(arguments, {}, {}, &error);
    if (!args)
        return fail(console, error, UsageError);
    if (args->positionals().size() != 2)
        return fail(console, u"usage: gatehouse-cli "_s + synopsis(), UsageError);
    auto before = ProjectLoader::loadProjectOrConfig(args->positionals().at(0));
    if (!before)
        return fail(console, before.errorMessage(), UsageError);
    auto after = ProjectLoader::loadProjectOrConfig(args->positionals().at(1));
    if (!after)
        return fail(console, after.errorMessage(), UsageError);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QList<audit::MatrixChange> changes =
        audit::MatrixDiff::between(audit::AccessMatrix::compute(before.value(), now),
                                   audit::AccessMatrix::compute(after.value(), now));
    for (const audit::MatrixChange &change : changes)
        console.out << change.text << u'\n';
    if (changes.isEmpty())
        console.out << u"no change in access"_s << u'\n';
    console.out.flush();
    return audit::MatrixDiff::grows(changes) ? Failure : Success;
}

} // namespace gatehouse::cli
