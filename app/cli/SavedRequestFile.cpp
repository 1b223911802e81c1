#include "SavedRequestFile.h"

#include "storage/Database.h"
#include "storage/FileAccess.h"
#include "storage/ProjectFileHeader.h"
#include "storage/ProjectReader.h"
#include "storage/ProjectSchema.h"
#include "storage/SavedRequestRows.h"
#include "storage/SchemaMigrator.h"
#include "storage/Statement.h"
#include "storage/StorageFormat.h"
#include "storage/Transaction.h"

#include <QUuid>

using namespace Qt::Literals::StringLiterals;

namespace gatehouse::cli {

namespace {
constexpr int kBusyTimeoutMs = 5000;
} // namespace

Error SavedRequestFile::fileError(const QString &problem) const
{
    return Error{m_path + u": "_s + problem};
}

Error SavedRequestFile::databaseError(const Database &db, const Error &error) const
{
    if (db.lastErrorCode() != 0)
        return fileError(ProjectFileHeader::describeFailure(db.lastErrorCode(), error.message));
    return fileError(u"the file is damaged (%1)"_s.arg(error.message));
}

Result<SavedRequest> SavedRequestFile::add(const Make &make) const
{
    if (const QString problem = FileAccess::problemOpening(m_path, true); !problem.isEmpty())
        return fileError(problem);
    auto opened = Database::open(m_path, Database::OpenMode::ReadWrite);
    if (!opened)
        return fileError(u"cannot open the file (%1)"_s.arg(opened.errorMessage()));
    Database &db = *opened.value();
    if (auto timeout = db.setBusyTimeout(kBusyTimeoutMs); !timeout)
        return databaseError(db, timeout.error());
    const ProjectFileHeader header = ProjectFileHeader::inspect(db);
    if (!header.isProject())
        return fileError(header.problem);
    auto transaction = Transaction::begin(db, Transaction::Behavior::Immediate);
    if (!transaction)
        return databaseError(db, transaction.error());
    if (header.version < ProjectSchema::currentVersion) {
        if (auto migrated = SchemaMigrator::migrate(db, header.version); !migrated)
            return databaseError(db, migrated.error());
    }
    auto project = ProjectReader(db).read();
    if (!project)
        return databaseError(db, project.error());
    auto request = make(project.value());
    if (!request)
        return request.error(); // the check's own words; the transaction rolls back
    if (auto inserted = insert(db, request.value()); !inserted)
        return databaseError(db, inserted.error());
    if (auto stamped = moveStamp(db); !stamped)
        return databaseError(db, stamped.error());
    if (auto committed = transaction.value().commit(); !committed)
        return databaseError(db, committed.error());
    return request;
}

Result<> SavedRequestFile::insert(Database &db, const SavedRequest &request) const
{
    auto last = db.prepare(u"SELECT COALESCE(MAX(position) + 1, 0) FROM saved_requests"_s);
    if (!last)
        return last.error();
    auto stepped = last.value().step();
    if (!stepped)
        return stepped.error();
    const qint64 position = last.value().columnInt64(0);
    auto row = db.prepare(
        u"INSERT INTO saved_requests (%1) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s.arg(
            SavedRequestRows::columns()));
    if (!row)
        return row.error();
    SavedRequestRows::bind(row.value(), request, position);
    return row.value().exec();
}

// The same stamp a whole save writes (ProjectWriter): what followers compare.
Result<> SavedRequestFile::moveStamp(Database &db) const
{
    auto stamp = db.prepare(u"INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)"_s);
    if (!stamp)
        return stamp.error();
    const std::pair<QString, QString> rows[] = {
        {u"saved_at"_s, StorageFormat::dateText(QDateTime::currentDateTimeUtc())},
        {u"save_id"_s, QUuid::createUuid().toString(QUuid::WithoutBraces)}};
    for (const auto &[key, value] : rows) {
        if (auto done = stamp.value().bindAll(key, value).exec(); !done)
            return done;
    }
    return {};
}

} // namespace gatehouse::cli
