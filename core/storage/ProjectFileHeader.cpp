#include "ProjectFileHeader.h"

#include "Database.h"
#include "ProjectSchema.h"

#include <sqlite3.h>

using namespace Qt::Literals::StringLiterals;

namespace gatehouse {

namespace {

ProjectFileHeader failure(const Database &db, const QString &message)
{
    const int primary = db.lastErrorCode() & 0xff;
    const bool damaged = primary == SQLITE_CORRUPT || primary == SQLITE_NOTADB ||
                         primary == SQLITE_IOERR || primary == SQLITE_FORMAT;
    return {damaged ? ProjectFileHeader::Kind::Damaged : ProjectFileHeader::Kind::Unreadable, 0,
            ProjectFileHeader::describeFailure(db.lastErrorCode(), message)};
}

} // namespace

ProjectFileHeader ProjectFileHeader::inspect(Database &db)
{
    auto applicationId = db.applicationId();
    if (!applicationId)
        return failure(db, applicationId.errorMessage());
    if (applicationId.value() != ProjectSchema::applicationId)
        return {Kind::Foreign, 0,
                u"not a Gatehouse project (an SQLite database of another program)"_s};
    auto version = db.userVersion();
    if (!version)
        return failure(db, version.errorMessage());
    if (version.value() > ProjectSchema::currentVersion)
        return {Kind::Newer, version.value(),
                u"made by a newer Gatehouse (file version %1, this version reads up to %2)"_s
                    .arg(version.value())
                    .arg(ProjectSchema::currentVersion)};
    if (version.value() < 1)
        return {Kind::Damaged, version.value(),
                u"the file is damaged (file version %1 does not exist)"_s.arg(version.value())};
    if (auto checked = db.quickCheck(); !checked)
        return failure(db, checked.errorMessage());
    return {Kind::Project, version.value(), {}};
}

QString ProjectFileHeader::describeFailure(int sqliteCode, const QString &sqliteMessage)
{
    switch (sqliteCode & 0xff) {
    case SQLITE_NOTADB:
        return u"not a Gatehouse project (not an SQLite database)"_s;
    case SQLITE_CORRUPT:
    case SQLITE_IOERR:
    case SQLITE_FORMAT:
        return u"the file is damaged or truncated (%1)"_s.arg(sqliteMessage);
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        return u"the file is locked by another program; try again when it is done"_s;
    case SQLITE_READONLY:
        return u"the file is read-only (%1)"_s.arg(sqliteMessage);
    case SQLITE_FULL:
        return u"the disk is full"_s;
    case SQLITE_PERM:
    case SQLITE_AUTH:
    case SQLITE_CANTOPEN:
        return u"cannot open the file (%1)"_s.arg(sqliteMessage);
    default:
        return u"the file is damaged (%1)"_s.arg(sqliteMessage);
    }
}

} // namespace gatehouse
