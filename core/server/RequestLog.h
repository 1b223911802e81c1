#pragma once

#include "RequestLogEntry.h"

#include "model/Result.h"

#include <QList>

#include <memory>

namespace gatehouse {

class Database;

// The request log, kept in the project file's `request_log` table and
// bounded: past `capacity` entries the oldest go. The editor and
// `gatehouse-cli log` read it; it never holds a secret (RequestLogEntry).
class RequestLog
{
public:
    static Result<std::unique_ptr<RequestLog>> open(const QString &path, int capacity);
    ~RequestLog();

    Result<> append(const RequestLogEntry &entry);
    void setCapacity(int capacity) { m_capacity = capacity; }

    // The last `count` entries (all when count < 0), oldest first; opens the
    // file read-only.
    static Result<QList<RequestLogEntry>> read(const QString &path, int count = -1);

private:
    RequestLog(std::unique_ptr<Database> db, int capacity);

    std::unique_ptr<Database> m_db;
    int m_capacity;
};

} // namespace gatehouse
