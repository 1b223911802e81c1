#pragma once

#include "model/RequestHistoryEntry.h"
#include "model/Result.h"

#include <QList>
#include <QString>

namespace gatehouse {

class Database;

// The Request panel's history in a project file's `request_history` table
// (version 12): live data beside the request log, written the moment a
// request is sent, in a transaction of its own beside a running server.
// Saving the document never touches it, Undo does not bring an entry back,
// and the config export leaves it out, as it leaves out the request log.
// Every entry is stripped of credentials before it is written.
class RequestHistoryFile
{
public:
    // The history keeps the newest this many; an append drops the oldest.
    static constexpr int defaultBound = 200;

    explicit RequestHistoryFile(const QString &path) : m_path(path) {}

    Result<> append(const RequestHistoryEntry &entry, int bound = defaultBound) const;
    // Newest first.
    Result<QList<RequestHistoryEntry>> read() const;
    Result<> clear() const;

    static QString createTableSql();

private:
    Result<std::unique_ptr<Database>> open(bool write) const;
    Error fileError(const QString &problem) const;

    QString m_path;
};

} // namespace gatehouse
