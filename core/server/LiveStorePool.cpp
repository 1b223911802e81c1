#include "LiveStorePool.h"

#include "GroupCommitStore.h"

#include "storage/LiveDataStore.h"

namespace gatehouse {

LiveStorePool::LiveStorePool(QString path) : m_path(path), m_writer(path) {}

// The lent stores first: each one's guard may still hand back its turn.
LiveStorePool::~LiveStorePool()
{
    m_free.clear();
    m_all.clear();
}

Result<DataStore *> LiveStorePool::acquire()
{
    const Result<GroupCommitStore *> lent = lend();
    if (!lent)
        return lent.error();
    lent.value()->setReadOnly(false);
    return static_cast<DataStore *>(lent.value());
}

Result<DataStore *> LiveStorePool::acquireForReading()
{
    const Result<GroupCommitStore *> lent = lend();
    if (!lent)
        return lent.error();
    lent.value()->setReadOnly(true);
    return static_cast<DataStore *>(lent.value());
}

bool LiveStorePool::triedToWrite(const DataStore *store) const
{
    return static_cast<const GroupCommitStore *>(store)->triedToWrite();
}

Result<GroupCommitStore *> LiveStorePool::lend()
{
    QMutexLocker locker(&m_mutex);
    if (!m_free.isEmpty())
        return m_free.takeLast();
    auto opened = LiveDataStore::open(m_path);
    if (!opened)
        return Error{opened.errorMessage(), ErrorCode::StoreRead};
    std::shared_ptr<LiveDataStore> reader = std::move(opened).value();
    if (auto readOnly = reader->makeReadOnly(); !readOnly)
        return Error{readOnly.errorMessage(), ErrorCode::StoreRead};
    if (m_runsRecheckMs >= 0)
        reader->setRunsRecheckInterval(m_runsRecheckMs);
    m_readers.append(reader);
    m_all.append(std::make_shared<GroupCommitStore>(*reader, m_writer));
    return m_all.last().get();
}

void LiveStorePool::release(DataStore *store)
{
    (void)finish(store);
}

std::optional<Error> LiveStorePool::finish(DataStore *store)
{
    auto *lent = static_cast<GroupCommitStore *>(store);
    std::optional<Error> failure = lent->finish();
    QMutexLocker locker(&m_mutex);
    m_free.append(lent);
    return failure;
}

void LiveStorePool::setRunsRecheckInterval(int ms)
{
    QMutexLocker locker(&m_mutex);
    m_runsRecheckMs = ms;
    for (const auto &store : std::as_const(m_readers))
        store->setRunsRecheckInterval(ms);
    if (auto writer = m_writer.writer())
        writer.value()->setRunsRecheckInterval(ms);
}

qint64 LiveStorePool::statementCount() const
{
    QMutexLocker locker(&m_mutex);
    qint64 total = 0;
    for (const auto &store : m_readers)
        total += store->database().statementCount();
    return total + m_writer.statementCount();
}

int LiveStorePool::openCount() const
{
    QMutexLocker locker(&m_mutex);
    return int(m_readers.size());
}

} // namespace gatehouse
