#include "AccessChangePlan.h"

#include "EditorSession.h"

#include <QEventLoop>
#include <QProgressDialog>
#include <QThread>
#include <QTimer>

#include <algorithm>
#include <atomic>

namespace gatehouse {

namespace {
// Under this a save does not show the progress dialog at all.
constexpr int progressAfterMs = 400;
} // namespace

using audit::AccessMatrix;

AccessChangePlan::AccessChangePlan(EditorSession *session, QObject *parent)
    : QObject(parent), m_session(session)
{
    takeBaseline();
    connect(session, &EditorSession::opened, this, &AccessChangePlan::takeOpened);
    connect(session, &EditorSession::saved, this, &AccessChangePlan::takeBaseline);
}

// A restored recovery opens edits that never were in the file: those are
// compared with the file, as it is on disk.
void AccessChangePlan::takeOpened(const QString &path)
{
    if (!path.isEmpty() && m_session->isModified()) {
        if (Result<Project> saved = m_session->store().load(path)) {
            m_baseline = std::make_shared<const Project>(std::move(saved).value());
            m_baselineMatrix.reset();
            return;
        }
    }
    takeBaseline();
}

void AccessChangePlan::takeBaseline()
{
    m_baseline = m_session->document()->snapshot();
    // Saved what was compared last: its matrix is the new baseline's.
    m_baselineMatrix = m_baseline == m_pending ? m_pendingMatrix : nullptr;
    if (!m_baselineMatrix && m_baseline == m_offeredFor)
        m_baselineMatrix = m_offered;
    m_pending.reset();
    m_pendingMatrix.reset();
}

void AccessChangePlan::offer(const std::shared_ptr<const Project> &project,
                             const std::shared_ptr<const AccessMatrix> &matrix, const QDateTime &at)
{
    m_offeredFor = project;
    m_offered = matrix;
    m_offeredAt = at;
    if (project == m_baseline && !m_baselineMatrix)
        m_baselineMatrix = matrix;
}

// What is known already: the baseline's matrix from its save or the grid,
// the edited snapshot's from the grid when the grid shows that very one.
AccessChangePlan::Matrices
AccessChangePlan::known(const std::shared_ptr<const Project> &edited) const
{
    const bool gridIsCurrent = m_offered && edited == m_offeredFor;
    return {m_baselineMatrix, gridIsCurrent ? m_offered : nullptr,
            gridIsCurrent ? m_offeredAt : QDateTime::currentDateTimeUtc()};
}

bool AccessChangePlan::unchanged(const std::shared_ptr<const Project> &edited) const
{
    return !m_baseline || !edited || edited == m_baseline || *edited == *m_baseline;
}

std::optional<AccessChangePlan::Matrices>
AccessChangePlan::compute(const Project &before, const Project &after, Matrices known,
                          const AccessMatrix::Progress &progress)
{
    // In percent, split between the matrices to compute. Both at one moment
    // (a known baseline was computed at its save or by the grid).
    const int missing = (known.before ? 0 : 1) + (known.after ? 0 : 1);
    const int span = 100 / std::max(missing, 1);
    int from = 0;
    const auto step = [&](int done, int of) {
        return !progress || progress(from + done * span / std::max(of, 1), 100);
    };
    const std::pair<const Project *, std::shared_ptr<const AccessMatrix> *> toCompute[] = {
        {&before, &known.before}, {&after, &known.after}};
    for (const auto &[project, matrix] : toCompute) {
        if (*matrix)
            continue;
        ++known.computed;
        auto computed =
            std::make_shared<const AccessMatrix>(AccessMatrix::compute(*project, known.now, step));
        if (!computed->complete())
            return std::nullopt;
        *matrix = std::move(computed);
        from += span;
    }
    return known;
}

QList<audit::MatrixChange> AccessChangePlan::ordered(const Matrices &matrices,
                                                     const std::shared_ptr<const Project> &edited)
{
    m_computed += matrices.computed;
    m_baselineMatrix = matrices.before;
    m_pending = edited;
    m_pendingMatrix = matrices.after;
    QList<audit::MatrixChange> changes =
        audit::MatrixDiff::between(*matrices.before, *matrices.after);
    std::stable_partition(changes.begin(), changes.end(),
                          [](const audit::MatrixChange &change) { return change.grows; });
    return changes;
}

QList<audit::MatrixChange> AccessChangePlan::changes()
{
    const std::shared_ptr<const Project> edited = m_session->document()->snapshot();
    if (unchanged(edited))
        return {};
    return ordered(*compute(*m_baseline, *edited, known(edited), {}), edited);
}

std::optional<QList<audit::MatrixChange>> AccessChangePlan::changesWithProgress(QWidget *parent)
{
    const std::shared_ptr<const Project> edited = m_session->document()->snapshot();
    if (unchanged(edited))
        return QList<audit::MatrixChange>{};
    if (m_busy) // a second save while the first one compares
        return std::nullopt;
    m_busy = true;
    std::atomic_int percent = 0;
    std::atomic_bool cancelled = false;
    std::optional<Matrices> result;
    QThread *worker = QThread::create([&, baseline = m_baseline, matrices = known(edited)] {
        result = compute(*baseline, *edited, matrices, [&](int done, int) {
            percent = done;
            return !cancelled.load();
        });
    });
    QProgressDialog progress(tr("Comparing who may do what with the project as last saved…"),
                             tr("Cancel"), 0, 100, parent);
    progress.setWindowTitle(tr("Access Changes"));
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(progressAfterMs);
    QEventLoop loop;
    QTimer poll;
    connect(&poll, &QTimer::timeout, &progress, [&] {
        progress.setValue(percent.load());
        if (progress.wasCanceled())
            cancelled = true;
    });
    connect(worker, &QThread::finished, &loop, &QEventLoop::quit);
    poll.start(50);
    worker->start();
    loop.exec();
    worker->wait();
    delete worker;
    m_busy = false;
    if (!result || m_session->document()->snapshot() != edited)
        return std::nullopt;
    return ordered(*result, edited);
}

} // namespace gatehouse
