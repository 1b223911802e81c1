#include "SharedStore.h"

namespace gatehouse {

Result<DataStore *> SharedStore::acquire()
{
    m_mutex.lock();
    return &m_store;
}

void SharedStore::release(DataStore *)
{
    m_mutex.unlock();
}

} // namespace gatehouse
