#include "ConfigFile.h"

#include "ConfigReader.h"
#include "ConfigWriter.h"

#include "storage/FileAccess.h"

#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

using namespace Qt::Literals::StringLiterals;

namespace gatehouse {

namespace {
// Far above any real project; stops a wrong path from loading a disk image.
constexpr qint64 kMaxConfigBytes = 256LL * 1024 * 1024;

Error fileError(const QString &path, const QString &what)
{
    return Error{u"%1: %2"_s.arg(path, what)};
}
} // namespace

QByteArray ConfigFile::toJson(const Project &project)
{
    return ConfigWriter::write(project);
}

Result<Project> ConfigFile::fromJson(const QByteArray &json, const QString &fileName)
{
    return ConfigReader::read(json, fileName);
}

Result<Project> ConfigFile::read(const QString &path)
{
    const QFileInfo info(path);
    if (!info.exists())
        return fileError(path, u"no such file"_s);
    if (info.isDir())
        return fileError(path, u"is a directory, not a config file"_s);
    if (info.size() > kMaxConfigBytes)
        return fileError(path, u"too large for a config (%1 bytes)"_s.arg(info.size()));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fileError(path, u"cannot open: "_s + file.errorString());
    const QByteArray json = file.readAll();
    if (file.error() != QFileDevice::NoError)
        return fileError(path, u"cannot read: "_s + file.errorString());
    return fromJson(json, path);
}

Result<> ConfigFile::write(const Project &project, const QString &path)
{
    if (QFileInfo(path).isDir())
        return fileError(path, u"is a directory; give a file name for the config"_s);
    // QSaveFile replaces a read-only file when it may (as root it always
    // may); a file or folder without write permission bits is left alone.
    if (const QString problem = FileAccess::problemSaving(path); !problem.isEmpty())
        return fileError(path, u"cannot write: "_s + problem);
    const QByteArray json = toJson(project);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return fileError(path, u"cannot write: "_s + file.errorString());
    if (file.write(json) != json.size()) {
        const QString reason = file.errorString();
        file.cancelWriting();
        return fileError(path, u"cannot write: "_s + reason);
    }
    if (!file.commit())
        return fileError(path, u"cannot write: "_s + file.errorString());
    return {};
}

} // namespace gatehouse
