#include "SuiteExport.h"

#include "exchange/SuiteCollectionFiles.h"
#include "storage/ProjectFile.h"

#include <QFileInfo>

using namespace Qt::Literals::StringLiterals;

namespace gatehouse::cli {

int SuiteExport::run(const Arguments &args, Console &console)
{
    const QString format = args.value(u"--format"_s);
    const QString output = args.has(u"-o"_s) ? args.value(u"-o"_s) : args.value(u"--output"_s);
    if (format != u"postman"_s && format != u"bruno"_s)
        return Command::fail(console, u"--format takes postman or bruno, not `%1`"_s.arg(format),
                             UsageError);
    if (output.isEmpty())
        return Command::fail(console, u"suite export needs -o PATH"_s, UsageError);
    const QString path = args.positionals().at(1);
    const Result<Project> project = ProjectFile::load(path, ProjectFile::Access::ReadOnly);
    if (!project)
        return Command::fail(console, project.errorMessage());
    const QString name = QFileInfo(path).completeBaseName();
    const Result<QString> written =
        format == u"postman"_s ? SuiteCollectionFiles::writePostman(project.value(), name, output)
                               : SuiteCollectionFiles::writeBruno(project.value(), name, output);
    if (!written)
        return Command::fail(console, written.errorMessage());
    console.out << u"exported %1 saved requests as a %2 collection to %3"_s.arg(
                       QString::number(project->savedRequests.size()),
                       format == u"postman"_s ? u"Postman v2.1"_s : u"Bruno"_s, written.value())
                << Qt::endl;
    return Success;
}

} // namespace gatehouse::cli
