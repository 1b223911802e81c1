#pragma once

#include "model/Project.h"
#include "model/Result.h"

#include <QString>

#include <functional>

namespace gatehouse {
class Database;
}

namespace gatehouse::cli {

// A project file's saved requests, added one at a time without rewriting
// the rest of the project: tokens (a revoked one stays revoked), live data
// and every other definition row stay as they are. The addition is one
// IMMEDIATE transaction that reads the project it checks against, inserts one
// row of `saved_requests` and moves the save stamp, so an editor or a server
// following the file notices it as it notices any save.
class SavedRequestFile
{
public:
    // Given the project as the file holds it, the request to add, or why
    // not (the file is left as it is).
    using Make = std::function<Result<SavedRequest>(const Project &project)>;

    explicit SavedRequestFile(const QString &path) : m_path(path) {}

    Result<SavedRequest> add(const Make &make) const;

private:
    Result<> insert(Database &db, const SavedRequest &request) const;
    Result<> moveStamp(Database &db) const;
    Error fileError(const QString &problem) const;
    Error databaseError(const Database &db, const Error &error) const;

    QString m_path;
};

} // namespace gatehouse::cli
