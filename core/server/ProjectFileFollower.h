#pragma once

#include "ProjectSnapshots.h"

#include "model/Result.h"

#include <QString>

#include <memory>

namespace gatehouse {

class ProjectFileStamp;

// Keeps a server in step with the project file it serves while another
// program saves it (the editor, `gatehouse-cli token revoke`): before each
// request, refresh() compares the file's save stamp and, when it moved, loads
// the project again and publishes it, so the edit takes effect on that very
// request. A file that no longer loads leaves the last good snapshot in place.
class ProjectFileFollower
{
public:
    // Call before loading the project that `snapshots` starts with.
    static Result<std::unique_ptr<ProjectFileFollower>> open(const QString &path,
                                                             ProjectSnapshots &snapshots);
    ~ProjectFileFollower();

    // true when a new snapshot was published.
    bool refresh();
    // Why the last reload failed; empty when it did not.
    QString lastProblem() const { return m_problem; }

private:
    ProjectFileFollower(const QString &path, ProjectSnapshots &snapshots,
                        std::unique_ptr<ProjectFileStamp> stamp, QString seen);

    QString m_path;
    ProjectSnapshots &m_snapshots;
    std::unique_ptr<ProjectFileStamp> m_stamp;
    QString m_seen;
    QString m_problem;
};

} // namespace gatehouse
