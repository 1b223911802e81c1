#include "SuiteCollectionFiles.h"

#include "BrunoCollectionWriter.h"
#include "PostmanCollectionWriter.h"
#include "model/Project.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSaveFile>
#include <QTemporaryDir>

using namespace Qt::Literals::StringLiterals;

namespace gatehouse {

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

QString SuiteCollectionFiles::postmanEnvironmentPath(const QString &collectionPath)
{
    const QFileInfo info(collectionPath);
    return info.dir().filePath(info.completeBaseName() + u".postman_environment.json"_s);
}

// The environment first: a collection is never left without the variables
// its requests name.
Result<QString> SuiteCollectionFiles::writePostman(const Project &project, const QString &name,
                                                   const QString &path)
{
    const QString environment = postmanEnvironmentPath(path);
    const QJsonObject values = PostmanCollectionWriter::environment(project, name);
    if (auto done = writeFile(environment, QJsonDocument(values).toJson()); !done)
        return done.error();
    const QJsonObject collection = PostmanCollectionWriter::collection(project, name);
    if (auto done = writeFile(path, QJsonDocument(collection).toJson()); !done)
        return done.error();
    return u"%1 (environment %2)"_s.arg(path, environment);
}

// Into a fresh folder beside the target, renamed into place once whole.
Result<QString> SuiteCollectionFiles::writeBruno(const Project &project, const QString &name,
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

} // namespace gatehouse
