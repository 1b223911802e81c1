#pragma once

#include "model/Project.h"
#include "model/Result.h"

#include <QString>

namespace gatehouse {

// The project file: one SQLite database (`.gatehouse`), versioned with
// PRAGMA user_version and migrated forward when opened for writing.
class ProjectFile
{
public:
    enum class Access { ReadOnly, ReadWrite };

    // Loads the whole project, or an error naming the file and the cause:
    // missing, not a Gatehouse project, damaged or truncated, from a newer
    // version, or (for ReadWrite) not writable. Never a partial project.
    static Result<Project> load(const QString &path, Access access = Access::ReadWrite);
    // Saves in one transaction: a crash in the middle leaves the previous
    // state. A new file appears only once complete.
    static Result<> save(const Project &project, const QString &path);
    static int schemaVersion();
};

} // namespace gatehouse
