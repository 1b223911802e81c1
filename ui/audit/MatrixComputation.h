#pragma once

#include "audit/AccessMatrix.h"

#include <QDateTime>
#include <QObject>
#include <QThreadPool>

#include <atomic>
#include <memory>

namespace gatehouse {

// Computes the access matrix of a project snapshot off the GUI thread: the
// engine answers every cell through MatrixBuilder on a pool thread, progress
// and the result come back queued. A new start discards the one before, so
// only the newest snapshot's matrix is ever reported.
class MatrixComputation : public QObject
{
    Q_OBJECT

public:
    explicit MatrixComputation(QObject *parent = nullptr);
    // Stops the running computation and waits for its thread.
    ~MatrixComputation() override;

    void start(std::shared_ptr<const Project> project,
               const QDateTime &now = QDateTime::currentDateTimeUtc());
    // The running computation stops at its next column and reports nothing.
    void cancel();
    bool isRunning() const { return m_running; }

    // One computation on the pool: what it was asked and what it did.
    struct Run
    {
        std::atomic_bool cancelled = false; // set on the GUI thread
        std::atomic_bool stopped = false;   // it saw the flag and reported nothing
        std::atomic_bool completed = false; // it answered every cell
    };
    // The newest computation started, for tests: null before the first.
    std::shared_ptr<const Run> lastRun() const { return m_run; }

signals:
    void progressed(int done, int total);
    void finished(const gatehouse::audit::AccessMatrix &matrix);

private:
    void run(const Project &project, const QDateTime &now, Run &state, int generation);
    void report(int generation, int done, int total);
    void deliver(int generation, const std::shared_ptr<audit::AccessMatrix> &matrix);

    QThreadPool m_pool;
    std::shared_ptr<Run> m_run;
    int m_generation = 0; // read and written on the GUI thread only
    bool m_running = false;
};

} // namespace gatehouse
