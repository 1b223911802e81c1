#pragma once

#include "ProjectFile.h"

namespace gatehouse {

class Database;

// ProjectFile::load: checks the file, reads it in one snapshot, migrates an
// older file forward (on disk for ReadWrite, in a copy in memory for
// ReadOnly), and refuses a project that breaks an invariant.
class ProjectLoader
{
public:
    explicit ProjectLoader(const QString &path) : m_path(path) {}

    Result<Project> load(ProjectFile::Access access);

private:
    Result<Project> readCurrent(Database &db);
    Result<Project> migrateInPlace(Database &db, int version);
    Result<Project> migrateCopy(Database &db, int version);
    // Reads and validates, inside the caller's transaction.
    Result<Project> readValid(Database &db);
    Error fileError(const QString &problem) const;
    Error databaseError(const Database &db, const Error &error) const;

    QString m_path;
};

} // namespace gatehouse
