#pragma once

#include "StoreProvider.h"

#include <QMutex>

namespace gatehouse {

// One store for every engine thread, used by one request at a time: for a
// store that cannot be opened twice (the in-memory one of the tests).
class SharedStore final : public StoreProvider
{
public:
    explicit SharedStore(DataStore &store) : m_store(store) {}

    Result<DataStore *> acquire() override;
    void release(DataStore *store) override;

private:
    DataStore &m_store;
    QMutex m_mutex;
};

} // namespace gatehouse
