#pragma once

#include "model/Project.h"
#include "model/Result.h"

#include <QString>

namespace gatehouse::cli {

// Reads what a command was given: a project file or a JSON config, told
// apart by content, not by name.
class ProjectLoader
{
public:
    static bool isProjectFile(const QString &path);
    static Result<Project> loadProjectOrConfig(const QString &path);
    // Refuses to replace an existing project file unless forced: a project
    // holds test data and tokens that an export does not carry.
    static Result<> checkOutputProject(const QString &path, bool force);
};

} // namespace gatehouse::cli
