#pragma once

#include "model/Record.h"
#include "model/Result.h"

#include <QList>
#include <QString>

namespace gatehouse {

// The live records of a project file as the test server's requests left
// them, for the Test Records panel's live view.
struct LiveRecords
{
    QList<Record> records; // in the order the engine keeps them
    // False until a server has started the live data: the records are then
    // the test records saved in the file, which it will start from.
    bool started = false;
};

// The live records of a project file, read without starting the live data,
// and put back to the test data in a transaction of its own beside a
// running server (SQLite's WAL lets both at once), which reads them afresh
// on its next request. A reset is live data, not an edit of the project:
// Undo does not bring the live records back.
class LiveRecordsFile
{
public:
    explicit LiveRecordsFile(const QString &path) : m_path(path) {}

    // Every record, or an error: a record it cannot decode fails the read,
    // since a table without it would say it does not exist.
    Result<LiveRecords> read() const;
    // As `serve --reset-data` (LiveDataReset): the saved test records, no
    // sessions, token uses, outbox or scheduled runs; the request log stays.
    Result<> resetToTestData() const;

private:
    Error fileError(const QString &problem) const;

    QString m_path;
};

} // namespace gatehouse
