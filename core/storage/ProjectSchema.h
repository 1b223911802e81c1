#pragma once

#include "model/Result.h"

#include <QStringList>

namespace gatehouse {

class Database;

// The tables of a project file at the current version. See
// docs/project-file.md for every column and the history of versions.
class ProjectSchema
{
public:
    // PRAGMA application_id of every Gatehouse project: "Gate" in ASCII.
    static constexpr qint32 applicationId = 0x47617465;
    static constexpr int currentVersion = 12;
    // meta.format of every Gatehouse project.
    static QString formatName();

    // Creates the tables in an empty database and stamps it with the
    // application id and the current version. Call inside a transaction.
    static Result<> create(Database &db);
    // The live data's tables (version 3): what requests change, written by
    // the engine and the server, never by a save.
    static QString liveTablesSql();
    // The tables a save rewrites, children before parents. Tables the
    // project file holds beyond these (live data) are never touched by save.
    static QStringList projectTables();
};

} // namespace gatehouse
