#include "ProjectLoader.h"

#include "exchange/ConfigFile.h"
#include "storage/ProjectFile.h"

#include <QFile>
#include <QFileInfo>

using namespace Qt::Literals::StringLiterals;

namespace gatehouse::cli {

bool ProjectLoader::isProjectFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    return file.read(16) == QByteArrayLiteral("SQLite format 3\0");
}

Result<Project> ProjectLoader::loadProjectOrConfig(const QString &path)
{
    if (isProjectFile(path))
        return ProjectFile::load(path, ProjectFile::Access::ReadOnly);
    return ConfigFile::read(path);
}

Result<> ProjectLoader::checkOutputProject(const QString &path, bool force)
{
    const QFileInfo info(path);
    if (info.isDir())
        return Error{u"%1: is a directory"_s.arg(path)};
    if (info.exists() && !force)
        return Error{u"%1: already exists; pass --force to replace it"_s.arg(path)};
    return {};
}

} // namespace gatehouse::cli
