#include "SchemaMigrator.h"

#include "Database.h"
#include "ProjectSchema.h"
#include "Savepoint.h"

#include "model/Workflow.h"

using namespace Qt::Literals::StringLiterals;

namespace gatehouse {

Result<> SchemaMigrator::migrate(Database &db, int fromVersion)
{
    using Step = Result<> (*)(Database &);
    // steps[i] takes a file from version i + 1 to version i + 2.
    const Step steps[] = {&SchemaMigrator::migrate1To2};
    static_assert(std::size(steps) == ProjectSchema::currentVersion - 1);
    if (fromVersion < 1 || fromVersion > ProjectSchema::currentVersion)
        return Error{u"no migration from file version %1"_s.arg(fromVersion)};
    for (int version = fromVersion; version < ProjectSchema::currentVersion; ++version) {
        auto savepoint = Savepoint::begin(db, u"migrate_to_%1"_s.arg(version + 1));
        if (!savepoint)
            return savepoint.error();
        if (auto done = steps[version - 1](db); !done)
            return Error{
                u"cannot migrate from file version %1: %2"_s.arg(version).arg(done.errorMessage())};
        if (auto stamped = db.setUserVersion(version + 1); !stamped)
            return stamped;
        if (auto released = savepoint.value().release(); !released)
            return released;
    }
    return {};
}

Result<> SchemaMigrator::migrate1To2(Database &db)
{
    // As Bubble did when the dropdown replaced the checkbox: checked means
    // None required, unchecked User and admin. Old tokens keep doing
    // everything they did: unrestricted scopes.
    const QString sql = uR"(
ALTER TABLE workflows ADD COLUMN authentication TEXT NOT NULL DEFAULT '%2';
UPDATE workflows SET authentication =
    CASE WHEN run_without_authentication THEN '%1' ELSE '%2' END;
ALTER TABLE workflows DROP COLUMN run_without_authentication;
ALTER TABLE tokens ADD COLUMN all_workflows INTEGER NOT NULL DEFAULT 1;
ALTER TABLE tokens ADD COLUMN workflows TEXT NOT NULL DEFAULT '[]';
ALTER TABLE tokens ADD COLUMN all_data_types INTEGER NOT NULL DEFAULT 1;
ALTER TABLE tokens ADD COLUMN private_files INTEGER NOT NULL DEFAULT 1;
CREATE TABLE token_data_type_scopes (
    token_position INTEGER NOT NULL, position INTEGER NOT NULL, data_type TEXT NOT NULL,
    can_read INTEGER NOT NULL, can_create INTEGER NOT NULL, can_modify INTEGER NOT NULL,
    can_delete INTEGER NOT NULL,
    PRIMARY KEY (token_position, position)) WITHOUT ROWID;
)"_s.arg(authModeId(AuthMode::NoneRequired), authModeId(AuthMode::UserAndAdmin));
    return db.exec(sql);
}

} // namespace gatehouse
