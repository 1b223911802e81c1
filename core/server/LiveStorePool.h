#pragma once

#include "GroupCommit.h"
#include "StoreProvider.h"

#include <QList>
#include <QMutex>
#include <QString>

#include <memory>

namespace gatehouse {

class GroupCommitStore;
class LiveDataStore;

// The live data of one project file as the engine threads see it: each
// request being decided is lent a store that reads on a connection of its
// own (WAL: reads go on beside the writer, so a ping never waits for a
// write) and writes through the one writer of the group commit
// (GroupCommit), which commits requests arriving together at once. A store
// given back serves the next request; there are as many read connections
// as requests were ever decided at once.
class LiveStorePool final : public StoreProvider
{
public:
    explicit LiveStorePool(QString path);
    ~LiveStorePool() override;

    Result<DataStore *> acquire() override;
    Result<DataStore *> acquireForReading() override;
    bool triedToWrite(const DataStore *store) const override;
    void release(DataStore *store) override;
    std::optional<Error> finish(DataStore *store) override;

    // For every connection, those open and those opened later.
    void setRunsRecheckInterval(int ms);
    // Statements run on all of them, so far.
    qint64 statementCount() const;
    int openCount() const;
    GroupCommit &groupCommit() { return m_writer; }

private:
    Result<GroupCommitStore *> lend();

    QString m_path;
    mutable QMutex m_mutex;
    QList<std::shared_ptr<LiveDataStore>> m_readers;
    QList<std::shared_ptr<GroupCommitStore>> m_all;
    QList<GroupCommitStore *> m_free;
    int m_runsRecheckMs = -1; // -1: the store's own default
    GroupCommit m_writer;
};

} // namespace gatehouse
