#include "RecentFiles.h"

#include <QFileInfo>
#include <QSettings>

using namespace Qt::Literals::StringLiterals;

namespace gatehouse {

namespace {
const QString key = u"recentFiles"_s;

void store(const QStringList &paths)
{
    QSettings().setValue(key, paths);
}
} // namespace

QStringList RecentFiles::list()
{
    return QSettings().value(key).toStringList();
}

void RecentFiles::add(const QString &path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    QStringList paths = list();
    paths.removeAll(absolute);
    paths.prepend(absolute);
    store(paths.mid(0, maxCount));
}

void RecentFiles::remove(const QString &path)
{
    QStringList paths = list();
    paths.removeAll(QFileInfo(path).absoluteFilePath());
    store(paths);
}

void RecentFiles::clear()
{
    store({});
}

} // namespace gatehouse
