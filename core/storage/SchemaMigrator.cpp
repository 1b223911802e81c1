#include "SchemaMigrator.h"

#include "Database.h"
#include "ProjectSchema.h"
#include "Savepoint.h"

#include "model/ProjectSettings.h"
#include "model/Workflow.h"

using namespace Qt::Literals::StringLiterals;

namespace gatehouse {

Result<> SchemaMigrator::migrate(Database &db, int fromVersion)
{
    using Step = Result<> (*)(Database &);
    // steps[i] takes a file from version i + 1 to version i + 2.
    const Step steps[] = {&SchemaMigrator::migrate1To2,  &SchemaMigrator::migrate2To3,
                          &SchemaMigrator::migrate3To4,  &SchemaMigrator::migrate4To5,
                          &SchemaMigrator::migrate5To6,  &SchemaMigrator::migrate6To7,
                          &SchemaMigrator::migrate7To8,  &SchemaMigrator::migrate8To9,
                          &SchemaMigrator::migrate9To10, &SchemaMigrator::migrate10To11,
                          &SchemaMigrator::migrate11To12};
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

Result<> SchemaMigrator::migrate2To3(Database &db)
{
    // Live data gets tables of its own, so a save never overwrites what
    // requests changed. Written out here, not taken from ProjectSchema, since
    // a released step must never change.
    return db.exec(uR"(
CREATE TABLE live_meta (key TEXT PRIMARY KEY NOT NULL, value TEXT NOT NULL);
CREATE TABLE live_records (
    id TEXT PRIMARY KEY NOT NULL, position INTEGER NOT NULL, type TEXT NOT NULL,
    created_date TEXT, modified_date TEXT, created_by TEXT NOT NULL,
    field_values TEXT NOT NULL, password_hash BLOB);
CREATE INDEX live_records_by_type ON live_records (type, position);
CREATE TABLE live_sessions (
    secret_hash BLOB PRIMARY KEY NOT NULL, user_id TEXT NOT NULL, prefix TEXT NOT NULL,
    created TEXT, expires TEXT, last_used TEXT, revoked TEXT);
CREATE TABLE live_token_uses (secret_hash BLOB PRIMARY KEY NOT NULL, last_used TEXT NOT NULL);
CREATE TABLE live_outbox (
    id INTEGER PRIMARY KEY, sent TEXT NOT NULL, workflow TEXT NOT NULL,
    recipient TEXT NOT NULL, subject TEXT NOT NULL, body TEXT NOT NULL);
CREATE TABLE live_scheduled_runs (
    id TEXT PRIMARY KEY NOT NULL, seq INTEGER NOT NULL, workflow TEXT NOT NULL,
    scheduled_for TEXT, parameters TEXT NOT NULL, user_id TEXT NOT NULL,
    by_admin INTEGER NOT NULL, status TEXT NOT NULL);
CREATE TABLE request_log (
    id INTEGER PRIMARY KEY, time TEXT NOT NULL, peer TEXT NOT NULL, method TEXT NOT NULL,
    path TEXT NOT NULL, principal TEXT NOT NULL, status INTEGER NOT NULL,
    duration_ms INTEGER NOT NULL, handled INTEGER NOT NULL, error TEXT NOT NULL,
    trace TEXT NOT NULL);
)"_s);
}

Result<> SchemaMigrator::migrate3To4(Database &db)
{
    // Tokens gain their purpose, their last review and, after a rotation
    // with a grace period, the hash of the secret they replaced; the project
    // gains the review interval. Old tokens were never reviewed.
    return db.exec(uR"(
ALTER TABLE tokens ADD COLUMN purpose TEXT NOT NULL DEFAULT '';
ALTER TABLE tokens ADD COLUMN last_reviewed TEXT;
ALTER TABLE tokens ADD COLUMN previous_secret_hash BLOB;
ALTER TABLE tokens ADD COLUMN previous_secret_until TEXT;
ALTER TABLE project ADD COLUMN token_review_interval_days INTEGER NOT NULL DEFAULT 30;
)"_s);
}

Result<> SchemaMigrator::migrate4To5(Database &db)
{
    // Runs scheduled before this keep no definition: they run the workflow
    // current when they are due, as they would have. They keep no scheduler's
    // scopes either: version 4 put no ceiling on a scheduled run.
    return db.exec(uR"(
ALTER TABLE live_scheduled_runs ADD COLUMN definition TEXT NOT NULL DEFAULT '';
ALTER TABLE live_scheduled_runs ADD COLUMN scopes TEXT NOT NULL DEFAULT '';
)"_s);
}

Result<> SchemaMigrator::migrate5To6(Database &db)
{
    // No user's credentials were ended before: a password change in version
    // 5 revoked the sessions only.
    return db.exec(
        u"CREATE TABLE live_credential_ends (user_id TEXT PRIMARY KEY NOT NULL, ended TEXT NOT NULL);"_s);
}

Result<> SchemaMigrator::migrate6To7(Database &db)
{
    // Saved requests are new: a version 6 project kept none.
    return db.exec(uR"(
CREATE TABLE saved_requests (
    position INTEGER PRIMARY KEY, name TEXT NOT NULL, target TEXT NOT NULL,
    workflow TEXT NOT NULL, data_type TEXT NOT NULL, operation TEXT NOT NULL,
    record_id TEXT NOT NULL, principal TEXT NOT NULL, body TEXT NOT NULL,
    query TEXT NOT NULL, expected_status INTEGER NOT NULL, expected_body TEXT NOT NULL);
)"_s);
}

Result<> SchemaMigrator::migrate7To8(Database &db)
{
    // A data scope's one read becomes find and view, both as it was: a
    // token that could read still lists and fetches by id.
    return db.exec(uR"(
ALTER TABLE token_data_type_scopes RENAME COLUMN can_read TO can_find;
ALTER TABLE token_data_type_scopes ADD COLUMN can_view INTEGER NOT NULL DEFAULT 0;
UPDATE token_data_type_scopes SET can_view = can_find;
)"_s);
}

Result<> SchemaMigrator::migrate8To9(Database &db)
{
    // The transport limits were `serve` options only; a version 8 file gets
    // the defaults `serve` used.
    const RequestLimits defaults;
    return db.exec(uR"(
ALTER TABLE project ADD COLUMN requests_per_minute_per_client INTEGER NOT NULL DEFAULT %1;
ALTER TABLE project ADD COLUMN requests_per_minute_per_client_workflow INTEGER NOT NULL DEFAULT %2;
ALTER TABLE project ADD COLUMN max_connections_per_client INTEGER NOT NULL DEFAULT %3;
ALTER TABLE project ADD COLUMN header_timeout_ms INTEGER NOT NULL DEFAULT %4;
ALTER TABLE project ADD COLUMN min_body_bytes_per_second INTEGER NOT NULL DEFAULT %5;
)"_s.arg(defaults.requestsPerMinutePerClient)
                       .arg(defaults.requestsPerMinutePerClientWorkflow)
                       .arg(defaults.maxConnectionsPerClient)
                       .arg(defaults.headerTimeoutMs)
                       .arg(defaults.minBodyBytesPerSecond));
}

Result<> SchemaMigrator::migrate9To10(Database &db)
{
    // Accepted findings are new: a version 9 project accepted none.
    return db.exec(uR"(
CREATE TABLE accepted_findings (
    position INTEGER PRIMARY KEY, check_id TEXT NOT NULL, setting_path TEXT NOT NULL,
    reason TEXT NOT NULL, accepted_at TEXT);
)"_s);
}

Result<> SchemaMigrator::migrate10To11(Database &db)
{
    // Every API request asks for the due runs, and each run scheduled took
    // the last sequence number: both were scans of every run ever made.
    return db.exec(uR"(
CREATE INDEX live_scheduled_runs_by_seq ON live_scheduled_runs (seq);
CREATE INDEX live_scheduled_runs_pending ON live_scheduled_runs (seq) WHERE status = 'pending';
)"_s);
}

Result<> SchemaMigrator::migrate11To12(Database &db)
{
    // The Request panel's history, live data beside the request log.
    return db.exec(uR"(
CREATE TABLE request_history (
    id INTEGER PRIMARY KEY, time TEXT NOT NULL, method TEXT NOT NULL, path TEXT NOT NULL,
    query TEXT NOT NULL, body TEXT NOT NULL, headers TEXT NOT NULL, principal TEXT NOT NULL,
    credential_not_kept INTEGER NOT NULL, status INTEGER NOT NULL);
)"_s);
}

} // namespace gatehouse
