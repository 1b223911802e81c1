#include "MatrixComputation.h"

namespace gatehouse {

MatrixComputation::MatrixComputation(QObject *parent) : QObject(parent)
{
    // One at a time: a restart waits for nothing, the cancelled one ends at
    // its next column while the new one queues behind it.
    m_pool.setMaxThreadCount(1);
}

MatrixComputation::~MatrixComputation()
{
    cancel();
    m_pool.clear();
    m_pool.waitForDone();
}

void MatrixComputation::start(std::shared_ptr<const Project> project, const QDateTime &now)
{
    cancel();
    const int generation = ++m_generation;
    m_run = std::make_shared<Run>();
    m_running = true;
    m_pool.clear(); // a queued, never started one is stale too
    m_pool.start([this, project = std::move(project), now, state = m_run, generation] {
        run(*project, now, *state, generation);
    });
}

void MatrixComputation::cancel()
{
    if (m_run)
        m_run->cancelled = true;
    m_running = false;
}

// On the pool's thread: `this` outlives it, the destructor waits.
void MatrixComputation::run(const Project &project, const QDateTime &now, Run &state,
                            int generation)
{
    int lastPercent = -1;
    const auto progress = [&](int done, int total) {
        if (state.cancelled.load())
            return false;
        // A large project has thousands of columns: one event a percent.
        const int percent = total > 0 ? done * 100 / total : 100;
        if (percent != lastPercent) {
            lastPercent = percent;
            report(generation, done, total);
        }
        return true;
    };
    auto matrix =
        std::make_shared<audit::AccessMatrix>(audit::AccessMatrix::compute(project, now, progress));
    if (!matrix->complete()) {
        state.stopped = true;
        return;
    }
    state.completed = true;
    if (!state.cancelled.load())
        deliver(generation, matrix);
}

void MatrixComputation::report(int generation, int done, int total)
{
    QMetaObject::invokeMethod(
        this,
        [this, generation, done, total] {
            if (generation == m_generation && m_running)
                emit progressed(done, total);
        },
        Qt::QueuedConnection);
}

void MatrixComputation::deliver(int generation, const std::shared_ptr<audit::AccessMatrix> &matrix)
{
    QMetaObject::invokeMethod(
        this,
        [this, generation, matrix] {
            if (generation != m_generation || !m_running)
                return;
            m_running = false;
            emit finished(*matrix);
        },
        Qt::QueuedConnection);
}

} // namespace gatehouse
