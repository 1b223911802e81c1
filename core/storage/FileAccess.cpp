#include "FileAccess.h"

#include <QDir>
#include <QFileInfo>

using namespace Qt::Literals::StringLiterals;

namespace gatehouse {

bool FileAccess::isWritable(const QString &path)
{
    const QFileInfo info(path);
    const auto anyWriteBit = QFile::WriteOwner | QFile::WriteGroup | QFile::WriteOther;
    return info.isWritable() && (info.permissions() & anyWriteBit);
}

QString FileAccess::problemOpening(const QString &path, bool forWriting)
{
    const QFileInfo info(path);
    if (!info.exists())
        return u"the file does not exist"_s;
    if (info.isDir())
        return u"this is a folder, not a project file"_s;
    if (!info.isReadable())
        return u"the file cannot be read (permission denied)"_s;
    if (info.size() == 0)
        return u"the file is empty, not a Gatehouse project"_s;
    if (forWriting && !isWritable(path))
        return u"the file is read-only; open it read-only or make it writable"_s;
    return {};
}

QString FileAccess::problemSaving(const QString &path)
{
    const QFileInfo info(path);
    if (info.isDir())
        return u"this is a folder, not a project file"_s;
    const QString folder = info.absolutePath();
    if (!QFileInfo(folder).isDir())
        return u"the folder %1 does not exist"_s.arg(u'`' + QDir::toNativeSeparators(folder) +
                                                     u'`');
    if (info.exists() && !isWritable(path))
        return u"the file is read-only"_s;
    // The journal (or the new file) is made beside the project file.
    if (!isWritable(folder))
        return u"the folder %1 is read-only"_s.arg(u'`' + QDir::toNativeSeparators(folder) + u'`');
    return {};
}

} // namespace gatehouse
