#include "ProjectFileStore.h"

#ifdef GATEHOUSE_HAVE_PROJECT_FILE
#include "storage/ProjectFile.h"
#endif

#include <QCoreApplication>

namespace gatehouse {

#ifdef GATEHOUSE_HAVE_PROJECT_FILE

Result<Project> ProjectFileStore::load(const QString &path)
{
    return ProjectFile::load(path);
}

Result<> ProjectFileStore::save(const Project &project, const QString &path)
{
    return ProjectFile::save(project, path);
}

bool ProjectFileStore::isAvailable()
{
    return true;
}

#else

namespace {
Error unavailable()
{
    return Error{
        QCoreApplication::translate("ProjectFileStore", "this build has no project file support")};
}
} // namespace

Result<Project> ProjectFileStore::load(const QString &)
{
    return unavailable();
}

Result<> ProjectFileStore::save(const Project &, const QString &)
{
    return unavailable();
}

bool ProjectFileStore::isAvailable()
{
    return false;
}

#endif

} // namespace gatehouse
