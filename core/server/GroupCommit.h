#pragma once

#include "model/Result.h"

#include <QMutex>
#include <QString>
#include <QWaitCondition>

#include <atomic>
#include <memory>
#include <optional>

namespace gatehouse {

class LiveDataStore;

// The one owner of the connection that writes the live data: requests that
// write take their turn on it one after another, each inside its own
// savepoint of one shared transaction (LiveBatch). When a request gives the
// turn back and no other waits for it (or kMaxBatch requests have joined),
// it commits the batch once for all of them; every request of the batch is
// answered only after that commit, and a commit that fails fails all of
// them. No two connections of the process fight for the file's write lock,
// and requests arriving together share one commit.
class GroupCommit
{
public:
    static constexpr int kMaxBatch = 64;

    // What the requests of one transaction wait for.
    struct Batch
    {
        bool done = false;
        std::optional<Error> failure;
        int members = 0;
    };

    explicit GroupCommit(QString path);
    ~GroupCommit();
    GroupCommit(const GroupCommit &) = delete;
    GroupCommit &operator=(const GroupCommit &) = delete;

    // Waits for the turn and joins the open batch (opening it, and the
    // connection, when there is none): the writer is the caller's until
    // pass(). An error when the connection cannot be opened.
    Result<LiveDataStore *> take(std::shared_ptr<Batch> *joined);
    // Gives the turn back; commits the batch when nobody waits for it.
    void pass();
    // Until `batch` is committed or failed: its failure, if any.
    std::optional<Error> waitFor(const std::shared_ptr<Batch> &batch);

    // The connection, for tests that watch its commits (opened if needed).
    Result<LiveDataStore *> writer();
    qint64 commits() const { return m_commits.load(); }
    // Requests waiting for the turn right now.
    int waiting() const;
    // Statements run on the writer so far (0 before it is opened).
    qint64 statementCount() const;

private:
    Result<LiveDataStore *> openedStore();
    // Commits the open batch for all its requests; the caller holds the
    // turn and the mutex, which is let go during the commit.
    void commitBatch();

    QString m_path;
    mutable QMutex m_mutex;
    QWaitCondition m_turnFree;
    QWaitCondition m_committed;
    bool m_held = false;
    int m_waiting = 0;
    std::unique_ptr<LiveDataStore> m_store;
    std::shared_ptr<Batch> m_batch; // the open one, if any
    std::atomic<qint64> m_commits = 0;
};

} // namespace gatehouse
