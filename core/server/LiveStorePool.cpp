#include "LiveStorePool.h"

#include "storage/LiveDataStore.h"

namespace gatehouse {

LiveStorePool::LiveStorePool(QString path) : m_path(std::move(path)) {}

LiveStorePool::~LiveStorePool() = default;

Result<DataStore *> LiveStorePool::acquire()
{
    QMutexLocker locker(&m_mutex);
    if (!m_free.isEmpty())
        return static_cast<DataStore *>(m_free.takeLast());
    auto opened = LiveDataStore::open(m_path);
    if (!opened)
        return Error{opened.errorMessage(), ErrorCode::StoreRead};
    std::shared_ptr<LiveDataStore> store = std::move(opened).value();
    if (m_runsRecheckMs >= 0)
        store->setRunsRecheckInterval(m_runsRecheckMs);
    m_all.append(store);
    return static_cast<DataStore *>(store.get());
}

void LiveStorePool::release(DataStore *store)
{
    QMutexLocker locker(&m_mutex);
    m_free.append(static_cast<LiveDataStore *>(store));
}

void LiveStorePool::setRunsRecheckInterval(int ms)
{
    QMutexLocker locker(&m_mutex);
    m_runsRecheckMs = ms;
    for (const auto &store : std::as_const(m_all))
        store->setRunsRecheckInterval(ms);
}

qint64 LiveStorePool::statementCount() const
{
    QMutexLocker locker(&m_mutex);
    qint64 total = 0;
    for (const auto &store : m_all)
        total += store->database().statementCount();
    return total;
}

int LiveStorePool::openCount() const
{
    QMutexLocker locker(&m_mutex);
    return int(m_all.size());
}

} // namespace gatehouse
