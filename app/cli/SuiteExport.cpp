#include "SuiteExport.h"

#include "exchange/BrunoCollectionWriter.h"
#include "exchange/PostmanCollectionWriter.h"
#include "storage/ProjectFile.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSaveFile>
#include <QTemporaryDir>

using namespace Qt::Literals::StringLiterals;

namespace gatehouse::cli {

namespace {
Result<> writeFile(const QString &path, const QByteArray &bytes)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) < 0 || !file.commit())
        return Error{u"%1: cannot write (%2)"_s.arg(path, file.errorString()),
                     ErrorCode::FileAccess};
    return {};
}
} // namespace

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
    const Result<QString> written = format == u"postman"_s
                                        ? writePostman(project.value(), name, output)
                                        : writeBruno(project.value(), name, output);
    if (!written)
        return Command::fail(console, written.errorMessage());
    console.out << u"exported %1 saved requests as a %2 collection to %3"_s.arg(
                       QString::number(project->savedRequests.size()),
                       format == u"postman"_s ? u"Postman v2.1"_s : u"Bruno"_s, written.value())
                << Qt::endl;
    return Success;
}

Result<QString> SuiteExport::writePostman(const Project &project, const QString &name,
                                          const QString &path)
{
    const QFileInfo info(path);
    const QString environment =
        info.dir().filePath(info.completeBaseName() + u".postman_environment.json"_s);
    const QJsonObject collection = PostmanCollectionWriter::collection(project, name);
    if (auto done = writeFile(path, QJsonDocument(collection).toJson()); !done)
        return done.error();
    const QJsonObject values = PostmanCollectionWriter::environment(project, name);
    if (auto done = writeFile(environment, QJsonDocument(values).toJson()); !done)
        return done.error();
    return u"%1 (environment %2)"_s.arg(path, environment);
}

// Into a fresh folder beside the target, renamed into place once whole.
Result<QString> SuiteExport::writeBruno(const Project &project, const QString &name,
                                        const QString &path)
{
    const QFileInfo target(path);
    if (target.exists() && !(target.isDir() && QDir(path).isEmpty()))
        return Error{u"%1 exists; give a new folder for the Bruno collection"_s.arg(path)};
    if (!target.absoluteDir().exists())
        return Error{u"%1: the folder %2 does not exist"_s.arg(path, target.absolutePath())};
    QTemporaryDir staging(target.absoluteDir().filePath(u".bruno-XXXXXX"_s));
    if (!staging.isValid())
        return Error{u"%1: cannot make a folder (%2)"_s.arg(path, staging.errorString())};
    for (const auto &[file, bytes] : BrunoCollectionWriter::files(project, name)) {
        const QString filePath = staging.filePath(file);
        QDir().mkpath(QFileInfo(filePath).path());
        if (auto done = writeFile(filePath, bytes); !done)
            return done.error();
    }
    if (target.exists())
        QDir(path).removeRecursively();
    if (!QDir().rename(staging.path(), path))
        return Error{u"%1: cannot move the collection into place"_s.arg(path)};
    staging.setAutoRemove(false);
    return path;
}

} // namespace gatehouse::cli
