#pragma once

#include "model/Project.h"
#include "model/Result.h"

#include <QString>

namespace gatehouse {

class Database;

// ProjectFile::save. Over a Gatehouse project this build can read, it
// rewrites the project's rows in one IMMEDIATE transaction (migrating an
// older file in the same transaction) and leaves live-data tables alone.
// Anywhere else it builds a complete new file beside the target and renames
// it into place, so no half-written file ever appears at `path`.
class ProjectSaver
{
public:
    explicit ProjectSaver(const QString &path) : m_path(path) {}

    Result<> save(const Project &project);

private:
    Result<> saveInPlace(Database &db, int version, const Project &project);
    Result<> saveAsNewFile(const Project &project);
    Result<> writeNewFile(const QString &tempPath, const Project &project);
    Error fileError(const QString &problem) const;
    Error databaseError(const Database &db, const Error &error) const;

    QString m_path;
};

} // namespace gatehouse
