#include "ProjectFileFollower.h"

#include "storage/ProjectFile.h"
#include "storage/ProjectFileStamp.h"

#include <QDateTime>
#include <QFileInfo>
#include <QLoggingCategory>

#ifdef Q_OS_UNIX
#include <sys/stat.h>
#endif

using namespace Qt::Literals::StringLiterals;

namespace gatehouse {

namespace {
Q_LOGGING_CATEGORY(lcFollow, "gatehouse.server.follow")
// Longer than a tick of any file system's clock: a time this recent may
// not move on the next write.
constexpr qint64 kRacyMs = 20;
} // namespace

ProjectFileFollower::ProjectFileFollower(const QString &path, ProjectSnapshots &snapshots,
                                         std::unique_ptr<ProjectFileStamp> stamp, QString seen)
    : m_path(path), m_snapshots(snapshots), m_stamp(std::move(stamp)), m_seen(std::move(seen))
{
}

ProjectFileFollower::~ProjectFileFollower() = default;

Result<std::unique_ptr<ProjectFileFollower>> ProjectFileFollower::open(const QString &path,
                                                                       ProjectSnapshots &snapshots)
{
    auto stamp = ProjectFileStamp::open(path);
    if (!stamp)
        return stamp.error();
    auto seen = stamp.value()->current();
    if (!seen)
        return seen.error();
    return std::unique_ptr<ProjectFileFollower>(
        new ProjectFileFollower(path, snapshots, std::move(stamp.value()), seen.value()));
}

#ifdef Q_OS_UNIX
// Asked before every request: a stat(2) each of the file and its `-wal`,
// without a QFileInfo's path work and its QDateTimes.
ProjectFileFollower::Marks ProjectFileFollower::marksOf(const QString &path)
{
    Marks marks;
    for (const QByteArray &file : {QFile::encodeName(path), QFile::encodeName(path + u"-wal"_s)}) {
        struct stat info
        {
        };
        if (::stat(file.constData(), &info) != 0) {
            marks.values << -1;
            continue;
        }
        // The change time moves too when the file is replaced by a rename.
        const qint64 modified = qint64(info.st_mtim.tv_sec) * 1000 + info.st_mtim.tv_nsec / 1000000;
        const qint64 changed = qint64(info.st_ctim.tv_sec) * 1000 + info.st_ctim.tv_nsec / 1000000;
        marks.values << qint64(info.st_size) << modified << changed << qint64(info.st_ino);
        marks.newestMs = qMax(marks.newestMs, qMax(modified, changed));
    }
    return marks;
}
#else
ProjectFileFollower::Marks ProjectFileFollower::marksOf(const QString &path)
{
    Marks marks;
    for (const QString &file : {path, path + u"-wal"_s}) {
        const QFileInfo info(file);
        if (!info.exists()) {
            marks.values << -1;
            continue;
        }
        // The change time moves too when the file is replaced by a rename.
        const qint64 modified = info.fileTime(QFile::FileModificationTime).toMSecsSinceEpoch();
        const qint64 changed = info.fileTime(QFile::FileMetadataChangeTime).toMSecsSinceEpoch();
        marks.values << info.size() << modified << changed;
        marks.newestMs = qMax(marks.newestMs, qMax(modified, changed));
    }
    return marks;
}
#endif

bool ProjectFileFollower::mayHaveMoved()
{
    const Marks now = marksOf(m_path);
    const bool stale = !m_asked.isValid() || m_asked.elapsed() >= kRecheckMs;
    if (m_marksTrusted && now == m_marks && !stale)
        return false;
    m_marks = now;
    m_marksTrusted = QDateTime::currentMSecsSinceEpoch() - now.newestMs > kRacyMs;
    m_asked.start();
    return true;
}

bool ProjectFileFollower::refresh()
{
    if (!mayHaveMoved())
        return false;
    ++m_stampReads;
    const Result<QString> now = m_stamp->current();
    if (!now || now.value() == m_seen)
        return false;
    auto project = ProjectFile::load(m_path, ProjectFile::Access::ReadOnly);
    if (!project) {
        if (m_problem != project.errorMessage())
            qCWarning(lcFollow, "%s", qUtf8Printable(project.errorMessage()));
        m_problem = project.errorMessage();
        return false;
    }
    m_seen = now.value();
    m_problem.clear();
    m_snapshots.publish(std::make_shared<const Project>(std::move(project).value()));
    return true;
}

} // namespace gatehouse
