#pragma once

#include "model/Project.h"
#include "model/Result.h"

namespace gatehouse {

// Where the editor reads and writes projects. The editor uses the project
// file (ProjectFileStore); tests may put something simpler in its place.
class ProjectStore
{
public:
    virtual ~ProjectStore() = default;
    virtual Result<Project> load(const QString &path) = 0;
    virtual Result<> save(const Project &project, const QString &path) = 0;
};

} // namespace gatehouse
