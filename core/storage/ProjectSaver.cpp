#include "ProjectSaver.h"

#include "Database.h"
#include "FileAccess.h"
#include "ProjectFileHeader.h"
#include "ProjectReader.h"
#include "ProjectSchema.h"
#include "ProjectWriter.h"
#include "SchemaMigrator.h"
#include "Transaction.h"

#include "model/ProjectValidator.h"
#include "model/TokenMerge.h"

#include <QFile>
#include <QFileInfo>
#include <QTemporaryFile>

#ifdef Q_OS_UNIX
#include <fcntl.h>
#include <unistd.h>
#endif

#include <cerrno>
#include <cstdio>
#include <cstring>

using namespace Qt::Literals::StringLiterals;

namespace gatehouse {

namespace {

constexpr int kBusyTimeoutMs = 5000;

void removeWithJournal(const QString &path)
{
    QFile::remove(path + u"-journal"_s);
    QFile::remove(path);
}

// Makes the rename itself durable: without it a power cut right after the
// save could bring back the folder entry from before.
void syncFolder(const QString &folder)
{
#ifdef Q_OS_UNIX
    const int fd = ::open(QFile::encodeName(folder).constData(), O_RDONLY | O_DIRECTORY);
    if (fd >= 0) {
        ::fsync(fd);
        ::close(fd);
    }
#else
    Q_UNUSED(folder);
#endif
}

} // namespace

Error ProjectSaver::fileError(const QString &problem) const
{
    return Error{m_path + u": "_s + problem};
}

Error ProjectSaver::databaseError(const Database &db, const Error &error) const
{
    if (db.lastErrorCode() != 0)
        return fileError(u"cannot save: "_s +
                         ProjectFileHeader::describeFailure(db.lastErrorCode(), error.message));
    return fileError(u"cannot save: "_s + error.message);
}

Result<> ProjectSaver::save(const Project &project)
{
    // Never write a file that would not load.
    if (const QString problem = ProjectValidator::firstError(project); !problem.isEmpty())
        return fileError(u"cannot save: "_s + problem);
    if (const QString problem = FileAccess::problemSaving(m_path); !problem.isEmpty())
        return fileError(problem);
    if (!QFileInfo::exists(m_path) || QFileInfo(m_path).size() == 0)
        return saveAsNewFile(project);
    auto opened = Database::open(m_path, Database::OpenMode::ReadWrite);
    if (!opened)
        return fileError(u"cannot open the file (%1)"_s.arg(opened.errorMessage()));
    Database &db = *opened.value();
    if (auto timeout = db.setBusyTimeout(kBusyTimeoutMs); !timeout)
        return databaseError(db, timeout.error());
    const ProjectFileHeader header = ProjectFileHeader::inspect(db);
    switch (header.kind) {
    case ProjectFileHeader::Kind::Project:
        return saveInPlace(db, header.version, project);
    case ProjectFileHeader::Kind::Newer:
    case ProjectFileHeader::Kind::Unreadable: // e.g. locked: not ours to replace
        return fileError(header.problem);
    case ProjectFileHeader::Kind::Foreign:
    case ProjectFileHeader::Kind::Damaged:
        break;
    }
    opened.value().reset();
    return saveAsNewFile(project);
}

Result<> ProjectSaver::saveInPlace(Database &db, int version, const Project &project)
{
    auto transaction = Transaction::begin(db, Transaction::Behavior::Immediate);
    if (!transaction)
        return databaseError(db, transaction.error());
    if (version < ProjectSchema::currentVersion) {
        if (auto migrated = SchemaMigrator::migrate(db, version); !migrated)
            return databaseError(db, migrated.error());
    }
    // Another program may have revoked a token since this project was read
    // (`gatehouse-cli token revoke`): a save never brings it back.
    auto inFile = ProjectReader(db).readTokenList();
    if (!inFile)
        return databaseError(db, inFile.error());
    Project saving = project;
    saving.tokens = TokenMerge::keepRevocations(project.tokens, inFile.value());
    if (auto written = ProjectWriter(db).write(saving); !written)
        return databaseError(db, written.error());
    if (auto committed = transaction.value().commit(); !committed)
        return databaseError(db, committed.error());
    return {};
}

Result<> ProjectSaver::saveAsNewFile(const Project &project)
{
    const QFileInfo target(m_path);
    QTemporaryFile temp(target.absolutePath() + u"/."_s + target.fileName() + u".XXXXXX"_s);
    temp.setAutoRemove(false);
    if (!temp.open())
        return fileError(u"cannot create a file beside it (%1)"_s.arg(temp.errorString()));
    const QString tempPath = temp.fileName();
    temp.close();
    if (auto written = writeNewFile(tempPath, project); !written) {
        removeWithJournal(tempPath);
        return written;
    }
    // rename() replaces the target in one step: readers see the old file or
    // the new one, never a mixture.
    if (std::rename(QFile::encodeName(tempPath).constData(),
                    QFile::encodeName(m_path).constData()) != 0) {
        const QString reason = QString::fromLocal8Bit(std::strerror(errno));
        removeWithJournal(tempPath);
        return fileError(u"cannot put the saved file in place (%1)"_s.arg(reason));
    }
    syncFolder(target.absolutePath());
    return {};
}

Result<> ProjectSaver::writeNewFile(const QString &tempPath, const Project &project)
{
    auto opened = Database::open(tempPath, Database::OpenMode::ReadWrite);
    if (!opened)
        return fileError(u"cannot create the file (%1)"_s.arg(opened.errorMessage()));
    Database &db = *opened.value();
    auto transaction = Transaction::begin(db, Transaction::Behavior::Immediate);
    if (!transaction)
        return databaseError(db, transaction.error());
    if (auto created = ProjectSchema::create(db); !created)
        return databaseError(db, created.error());
    if (auto written = ProjectWriter(db).write(project); !written)
        return databaseError(db, written.error());
    if (auto committed = transaction.value().commit(); !committed)
        return databaseError(db, committed.error());
    return {};
}

} // namespace gatehouse
