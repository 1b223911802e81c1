#pragma once

#include "RequestLogEntry.h"
#include "RequestLogQueue.h"

#include "model/Result.h"

#include <QList>

#include <atomic>
#include <memory>

namespace gatehouse {

class Database;

// The request log, kept in the project file's `request_log` table and
// bounded: past `capacity` entries the oldest go. The editor and
// `gatehouse-cli log` read it; it never holds a secret (RequestLogEntry).
//
// Appending only queues the entry in memory (a RequestLogQueue, bounded:
// under overload the oldest unwritten entries are dropped and counted);
// flush() writes what waits in one transaction, so requests cost the file
// one commit a batch, not one each. The log is a record for people, not an
// acknowledged write: a crash of the process loses at most the last batch.
class RequestLog
{
public:
    // With a connection of its own.
    static Result<std::unique_ptr<RequestLog>> open(const QString &path, int capacity);
    // On a connection another owns (the live data's); flush() only on the
    // thread that uses it, between its transactions.
    static std::unique_ptr<RequestLog> sharing(Database &db, int capacity);
    // Writes what still waits (LockWait::Yes).
    ~RequestLog();

    // From any thread: queued for the next flush().
    void append(RequestLogEntry entry);
    enum class LockWait
    {
        No,  // another program holding the file fails the batch at once
        Yes, // up to the busy timeout, as when the server stops
    };
    // Every waiting entry in one transaction, after a line that counts those
    // dropped since the last batch. A batch that fails stays queued for the
    // next flush (still bounded); with LockWait::No, a lock held by another
    // program is no error, only a wait for the next flush.
    Result<> flush(LockWait wait = LockWait::No);

    void setCapacity(int capacity) { m_capacity = capacity; }
    void setQueueBound(int bound) { m_queue.setBound(bound); }
    const RequestLogQueue &queue() const { return m_queue; }
    // Statements the log's batches ran on the connection, so that a test
    // can tell them from the requests' own.
    qint64 statementsRun() const { return m_statementsRun; }

    // The last `count` entries (all when count < 0), oldest first; opens the
    // file read-only.
    static Result<QList<RequestLogEntry>> read(const QString &path, int count = -1);

private:
    RequestLog(std::unique_ptr<Database> owned, Database &db, int capacity);
    Result<> write(const QList<RequestLogEntry> &batch);

    std::unique_ptr<Database> m_owned;
    Database &m_db;
    std::atomic<int> m_capacity;
    std::atomic<qint64> m_statementsRun = 0;
    qint64 m_unnotedDrops = 0; // dropped, and not yet said in the file (flush() only)
    RequestLogQueue m_queue;
};

} // namespace gatehouse
