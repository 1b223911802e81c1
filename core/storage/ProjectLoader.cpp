#include "ProjectLoader.h"

#include "Database.h"
#include "FileAccess.h"
#include "ProjectFileHeader.h"
#include "ProjectReader.h"
#include "ProjectSchema.h"
#include "SchemaMigrator.h"
#include "Transaction.h"

#include "model/ProjectValidator.h"

using namespace Qt::Literals::StringLiterals;

namespace gatehouse {

namespace {

constexpr int kBusyTimeoutMs = 5000;

} // namespace

Error ProjectLoader::fileError(const QString &problem) const
{
    return Error{m_path + u": "_s + problem};
}

Error ProjectLoader::databaseError(const Database &db, const Error &error) const
{
    // A failure SQLite reports is judged by its code; one the reader finds in
    // rows SQLite read fine is damage all the same.
    if (db.lastErrorCode() != 0)
        return fileError(ProjectFileHeader::describeFailure(db.lastErrorCode(), error.message));
    return fileError(u"the file is damaged (%1)"_s.arg(error.message));
}

Result<Project> ProjectLoader::load(ProjectFile::Access access)
{
    const bool forWriting = access == ProjectFile::Access::ReadWrite;
    if (const QString problem = FileAccess::problemOpening(m_path, forWriting); !problem.isEmpty())
        return fileError(problem);
    auto opened = Database::open(m_path, forWriting ? Database::OpenMode::ReadWrite
                                                    : Database::OpenMode::ReadOnly);
    if (!opened)
        return fileError(u"cannot open the file (%1)"_s.arg(opened.errorMessage()));
    Database &db = *opened.value();
    if (auto timeout = db.setBusyTimeout(kBusyTimeoutMs); !timeout)
        return databaseError(db, timeout.error());
    const ProjectFileHeader header = ProjectFileHeader::inspect(db);
    if (!header.isProject())
        return fileError(header.problem);
    if (header.version == ProjectSchema::currentVersion)
        return readCurrent(db);
    return forWriting ? migrateInPlace(db, header.version) : migrateCopy(db, header.version);
}

Result<Project> ProjectLoader::readCurrent(Database &db)
{
    // One read transaction: every table from the same snapshot, even while
    // the engine writes live data.
    auto transaction = Transaction::begin(db, Transaction::Behavior::Deferred);
    if (!transaction)
        return databaseError(db, transaction.error());
    return readValid(db);
}

Result<Project> ProjectLoader::migrateInPlace(Database &db, int version)
{
    // The climb, the read and the check commit together: a file that does
    // not load after migrating stays as it was.
    auto transaction = Transaction::begin(db, Transaction::Behavior::Immediate);
    if (!transaction)
        return databaseError(db, transaction.error());
    if (auto migrated = SchemaMigrator::migrate(db, version); !migrated)
        return databaseError(db, migrated.error());
    auto project = readValid(db);
    if (!project)
        return project;
    if (auto committed = transaction.value().commit(); !committed)
        return databaseError(db, committed.error());
    return project;
}

Result<Project> ProjectLoader::migrateCopy(Database &db, int version)
{
    auto memory = Database::openInMemory();
    if (!memory)
        return fileError(u"cannot make a copy to migrate (%1)"_s.arg(memory.errorMessage()));
    Database &copy = *memory.value();
    if (auto copied = db.copyTo(copy); !copied)
        return databaseError(db, copied.error());
    auto transaction = Transaction::begin(copy, Transaction::Behavior::Immediate);
    if (!transaction)
        return databaseError(copy, transaction.error());
    if (auto migrated = SchemaMigrator::migrate(copy, version); !migrated)
        return databaseError(copy, migrated.error());
    return readValid(copy);
}

Result<Project> ProjectLoader::readValid(Database &db)
{
    auto project = ProjectReader(db).read();
    if (!project)
        return databaseError(db, project.error());
    if (const QString problem = ProjectValidator::firstError(project.value()); !problem.isEmpty())
        return fileError(problem);
    return project;
}

} // namespace gatehouse
