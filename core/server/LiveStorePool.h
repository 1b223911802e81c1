#pragma once

#include "StoreProvider.h"

#include <QList>
#include <QMutex>
#include <QString>

#include <memory>

namespace gatehouse {

class LiveDataStore;

// Connections to the live data of one project file, one lent to each
// request being decided: SQLite serialises their writes on the file's lock
// and lets reads go on beside them (WAL), so a request that only answers a
// ping never waits for one that writes. A connection given back serves the
// next request; there are as many as requests were ever decided at once.
class LiveStorePool final : public StoreProvider
{
public:
    explicit LiveStorePool(QString path);
    ~LiveStorePool() override;

    Result<DataStore *> acquire() override;
    void release(DataStore *store) override;

    // For every connection, those open and those opened later.
    void setRunsRecheckInterval(int ms);
    // Statements run on all of them, so far.
    qint64 statementCount() const;
    int openCount() const;

private:
    QString m_path;
    mutable QMutex m_mutex;
    QList<std::shared_ptr<LiveDataStore>> m_all;
    QList<LiveDataStore *> m_free;
    int m_runsRecheckMs = -1; // -1: the store's own default
};

} // namespace gatehouse
