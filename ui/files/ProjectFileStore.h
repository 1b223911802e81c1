#pragma once

#include "ProjectStore.h"

namespace gatehouse {

// The project file (core/storage/ProjectFile): one SQLite database.
class ProjectFileStore : public ProjectStore
{
public:
    Result<Project> load(const QString &path) override;
    Result<> save(const Project &project, const QString &path) override;
    // False until the storage layer is built into the core.
    static bool isAvailable();
};

} // namespace gatehouse
