#pragma once

#include "ProjectSnapshots.h"

#include "model/Result.h"

#include <QElapsedTimer>
#include <QList>
#include <QString>

#include <memory>

namespace gatehouse {

class ProjectFileStamp;

// Keeps a server in step with the project file it serves while another
// program saves it (the editor, `gatehouse-cli token revoke`): before each
// request, refresh() compares the file's save stamp and, when it moved, loads
// the project again and publishes it, so the edit takes effect on that very
// request. A file that no longer loads leaves the last good snapshot in place.
//
// The stamp is a query; it is asked only when the file may have moved: when
// the size or time of the file or of its write-ahead log changed, when the
// time seen was too recent to trust (a write within the same tick of the
// file system's clock keeps it), and at least every kRecheckMs.
class ProjectFileFollower
{
public:
    // Call before loading the project that `snapshots` starts with.
    static Result<std::unique_ptr<ProjectFileFollower>> open(const QString &path,
                                                             ProjectSnapshots &snapshots);
    ~ProjectFileFollower();

    static constexpr int kRecheckMs = 250;

    // true when a new snapshot was published.
    bool refresh();
    // How often the stamp was read (for tests).
    qint64 stampReads() const { return m_stampReads; }
    // Why the last reload failed; empty when it did not.
    QString lastProblem() const { return m_problem; }

private:
    // What the file system says of the file and its -wal, in one list.
    struct Marks
    {
        QList<qint64> values;
        qint64 newestMs = 0;
        bool operator==(const Marks &) const = default;
    };
    static Marks marksOf(const QString &path);
    bool mayHaveMoved();

    ProjectFileFollower(const QString &path, ProjectSnapshots &snapshots,
                        std::unique_ptr<ProjectFileStamp> stamp, QString seen);

    QString m_path;
    ProjectSnapshots &m_snapshots;
    std::unique_ptr<ProjectFileStamp> m_stamp;
    QString m_seen;
    QString m_problem;
    Marks m_marks;
    bool m_marksTrusted = false;
    QElapsedTimer m_asked;
    qint64 m_stampReads = 0;
};

} // namespace gatehouse
