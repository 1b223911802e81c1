#include "ProjectFile.h"

#include "ProjectLoader.h"
#include "ProjectSaver.h"
#include "ProjectSchema.h"

namespace gatehouse {

Result<Project> ProjectFile::load(const QString &path, Access access)
{
    return ProjectLoader(path).load(access);
}

Result<> ProjectFile::save(const Project &project, const QString &path)
{
    return ProjectSaver(path).save(project);
}

int ProjectFile::schemaVersion()
{
    return ProjectSchema::currentVersion;
}

} // namespace gatehouse
