#include "GroupCommit.h"

#include "storage/LiveDataStore.h"

#include <utility>

namespace gatehouse {

GroupCommit::GroupCommit(QString path) : m_path(std::move(path)) {}

GroupCommit::~GroupCommit()
{
    QMutexLocker locker(&m_mutex);
    if (m_batch)
        commitBatch();
}

Result<LiveDataStore *> GroupCommit::openedStore()
{
    if (m_store)
        return m_store.get();
    auto opened = LiveDataStore::open(m_path);
    if (!opened)
        return Error{opened.errorMessage(), ErrorCode::StoreRead};
    m_store = std::move(opened).value();
    return m_store.get();
}

Result<LiveDataStore *> GroupCommit::writer()
{
    QMutexLocker locker(&m_mutex);
    return openedStore();
}

int GroupCommit::waiting() const
{
    QMutexLocker locker(&m_mutex);
    return m_waiting;
}

qint64 GroupCommit::statementCount() const
{
    QMutexLocker locker(&m_mutex);
    return m_store ? m_store->database().statementCount() : 0;
}

Result<LiveDataStore *> GroupCommit::take(std::shared_ptr<Batch> *joined)
{
    QMutexLocker locker(&m_mutex);
    ++m_waiting;
    while (m_held)
        m_turnFree.wait(&m_mutex);
    --m_waiting;
    const Result<LiveDataStore *> store = openedStore();
    if (!store) {
        m_turnFree.wakeOne();
        return store;
    }
    if (!m_batch) {
        if (auto opened = store.value()->beginBatch(); !opened) {
            m_turnFree.wakeOne();
            return opened.error();
        }
        m_batch = std::make_shared<Batch>();
    }
    m_held = true;
    ++m_batch->members;
    *joined = m_batch;
    return store;
}

// Those waiting for the turn join this batch: they are what "arriving
// together" means. The last of them commits it.
void GroupCommit::pass()
{
    QMutexLocker locker(&m_mutex);
    if (m_batch && (m_waiting == 0 || m_batch->members >= kMaxBatch))
        commitBatch();
    m_held = false;
    m_turnFree.wakeOne();
}

void GroupCommit::commitBatch()
{
    const std::shared_ptr<Batch> batch = std::exchange(m_batch, {});
    m_mutex.unlock();
    const Result<> committed = m_store->commitBatch();
    m_mutex.lock();
    batch->done = true;
    if (!committed)
        batch->failure = committed.error();
    ++m_commits;
    m_committed.wakeAll();
}

std::optional<Error> GroupCommit::waitFor(const std::shared_ptr<Batch> &batch)
{
    QMutexLocker locker(&m_mutex);
    while (!batch->done) {
        if (!m_held && m_waiting == 0 && m_batch == batch) { // nobody left to commit it
            m_held = true;
            commitBatch();
            m_held = false;
            m_turnFree.wakeOne();
            continue;
        }
        m_committed.wait(&m_mutex);
    }
    return batch->failure;
}

} // namespace gatehouse
