#include "ProjectFileFollower.h"

#include "storage/ProjectFile.h"
#include "storage/ProjectFileStamp.h"

#include <QLoggingCategory>

namespace gatehouse {

namespace {
Q_LOGGING_CATEGORY(lcFollow, "gatehouse.server.follow")
}

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

bool ProjectFileFollower::refresh()
{
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
