#include "ProjectSchema.h"

#include "AcceptedFindingRows.h"
#include "Database.h"
#include "RequestHistoryFile.h"
#include "SavedRequestRows.h"

using namespace Qt::Literals::StringLiterals;

namespace gatehouse {

namespace {

// The nine columns of a PrivacyPermissions, shared by privacy_rules and by
// data_types (which holds its "everyone else" permissions).
const char *const kPermissions = R"(
    view_all_fields INTEGER NOT NULL,
    viewable_fields TEXT NOT NULL,
    find_in_searches INTEGER NOT NULL,
    view_attached_files INTEGER NOT NULL,
    allow_auto_binding INTEGER NOT NULL,
    auto_binding_fields TEXT NOT NULL,
    create_via_api INTEGER NOT NULL,
    modify_via_api INTEGER NOT NULL,
    delete_via_api INTEGER NOT NULL)";

const char *const kTables = R"(
CREATE TABLE meta (key TEXT PRIMARY KEY NOT NULL, value TEXT NOT NULL);
CREATE TABLE project (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    name TEXT NOT NULL,
    workflow_api_enabled INTEGER NOT NULL,
    data_api_enabled INTEGER NOT NULL,
    data_api_types TEXT NOT NULL,
    swagger_enabled INTEGER NOT NULL,
    tokens_in_querystring INTEGER NOT NULL,
    admin_tokens_bypass_privacy INTEGER NOT NULL,
    user_token_lifetime_s INTEGER NOT NULL,
    stay_logged_in_lifetime_s INTEGER NOT NULL,
    user_token_inactivity_s INTEGER NOT NULL,
    max_body_bytes INTEGER NOT NULL,
    requests_per_minute_per_token INTEGER NOT NULL,
    requests_per_minute_per_workflow INTEGER NOT NULL,
    request_log_size INTEGER NOT NULL,
    token_review_interval_days INTEGER NOT NULL,
    requests_per_minute_per_client INTEGER NOT NULL,
    requests_per_minute_per_client_workflow INTEGER NOT NULL,
    max_connections_per_client INTEGER NOT NULL,
    header_timeout_ms INTEGER NOT NULL,
    min_body_bytes_per_second INTEGER NOT NULL);
CREATE TABLE data_types (position INTEGER PRIMARY KEY, name TEXT NOT NULL, %1);
CREATE TABLE fields (
    type_position INTEGER NOT NULL, position INTEGER NOT NULL, name TEXT NOT NULL,
    kind TEXT NOT NULL, referenced_type TEXT NOT NULL, is_list INTEGER NOT NULL,
    PRIMARY KEY (type_position, position)) WITHOUT ROWID;
CREATE TABLE privacy_rules (
    type_position INTEGER NOT NULL, position INTEGER NOT NULL, name TEXT NOT NULL,
    condition TEXT NOT NULL, %1,
    PRIMARY KEY (type_position, position)) WITHOUT ROWID;
CREATE TABLE workflows (
    position INTEGER PRIMARY KEY, name TEXT NOT NULL, description TEXT NOT NULL,
    exposed INTEGER NOT NULL, authentication TEXT NOT NULL,
    ignore_privacy_rules INTEGER NOT NULL, method TEXT NOT NULL,
    parameter_source TEXT NOT NULL, condition TEXT NOT NULL,
    return_200_if_condition_not_met INTEGER NOT NULL);
CREATE TABLE parameters (
    workflow_position INTEGER NOT NULL, position INTEGER NOT NULL, key TEXT NOT NULL,
    kind TEXT NOT NULL, referenced_type TEXT NOT NULL, is_list INTEGER NOT NULL,
    optional INTEGER NOT NULL,
    PRIMARY KEY (workflow_position, position)) WITHOUT ROWID;
CREATE TABLE actions (
    workflow_position INTEGER NOT NULL, position INTEGER NOT NULL, kind TEXT NOT NULL,
    condition TEXT NOT NULL, data_type TEXT NOT NULL, target TEXT NOT NULL,
    workflow TEXT NOT NULL,
    PRIMARY KEY (workflow_position, position)) WITHOUT ROWID;
CREATE TABLE assignments (
    workflow_position INTEGER NOT NULL, action_position INTEGER NOT NULL,
    position INTEGER NOT NULL, key TEXT NOT NULL, value TEXT NOT NULL,
    PRIMARY KEY (workflow_position, action_position, position)) WITHOUT ROWID;
CREATE TABLE tokens (
    position INTEGER PRIMARY KEY, name TEXT NOT NULL, kind TEXT NOT NULL,
    user_id TEXT NOT NULL, prefix TEXT NOT NULL, secret_hash BLOB,
    created TEXT, expires TEXT, last_used TEXT, revoked TEXT,
    all_workflows INTEGER NOT NULL, workflows TEXT NOT NULL,
    all_data_types INTEGER NOT NULL, private_files INTEGER NOT NULL,
    purpose TEXT NOT NULL, last_reviewed TEXT,
    previous_secret_hash BLOB, previous_secret_until TEXT);
CREATE TABLE token_data_type_scopes (
    token_position INTEGER NOT NULL, position INTEGER NOT NULL, data_type TEXT NOT NULL,
    can_find INTEGER NOT NULL, can_view INTEGER NOT NULL, can_create INTEGER NOT NULL,
    can_modify INTEGER NOT NULL, can_delete INTEGER NOT NULL,
    PRIMARY KEY (token_position, position)) WITHOUT ROWID;
CREATE TABLE records (
    id TEXT PRIMARY KEY NOT NULL, position INTEGER NOT NULL, type TEXT NOT NULL,
    created_date TEXT, modified_date TEXT, created_by TEXT NOT NULL,
    field_values TEXT NOT NULL, password_hash BLOB);
CREATE INDEX records_by_position ON records (position);
%2)";

} // namespace

QString ProjectSchema::liveTablesSql()
{
    return uR"(
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
CREATE TABLE live_credential_ends (user_id TEXT PRIMARY KEY NOT NULL, ended TEXT NOT NULL);
CREATE TABLE live_outbox (
    id INTEGER PRIMARY KEY, sent TEXT NOT NULL, workflow TEXT NOT NULL,
    recipient TEXT NOT NULL, subject TEXT NOT NULL, body TEXT NOT NULL);
CREATE TABLE live_scheduled_runs (
    id TEXT PRIMARY KEY NOT NULL, seq INTEGER NOT NULL, workflow TEXT NOT NULL,
    scheduled_for TEXT, parameters TEXT NOT NULL, user_id TEXT NOT NULL,
    by_admin INTEGER NOT NULL, status TEXT NOT NULL, definition TEXT NOT NULL DEFAULT '',
    scopes TEXT NOT NULL DEFAULT '');
CREATE INDEX live_scheduled_runs_by_seq ON live_scheduled_runs (seq);
CREATE INDEX live_scheduled_runs_pending ON live_scheduled_runs (seq) WHERE status = 'pending';
CREATE TABLE request_log (
    id INTEGER PRIMARY KEY, time TEXT NOT NULL, peer TEXT NOT NULL, method TEXT NOT NULL,
    path TEXT NOT NULL, principal TEXT NOT NULL, status INTEGER NOT NULL,
    duration_ms INTEGER NOT NULL, handled INTEGER NOT NULL, error TEXT NOT NULL,
    trace TEXT NOT NULL);
)"_s;
}

QString ProjectSchema::formatName()
{
    return u"gatehouse-project"_s;
}

Result<> ProjectSchema::create(Database &db)
{
    auto created =
        db.exec(QString::fromUtf8(kTables).arg(QString::fromUtf8(kPermissions), liveTablesSql()) +
                SavedRequestRows::createTableSql() + AcceptedFindingRows::createTableSql() +
                RequestHistoryFile::createTableSql());
    if (!created)
        return created;
    auto stamped = db.setApplicationId(applicationId);
    if (!stamped)
        return stamped;
    return db.setUserVersion(currentVersion);
}

QStringList ProjectSchema::projectTables()
{
    return {u"meta"_s,           u"project"_s,
            u"fields"_s,         u"privacy_rules"_s,
            u"data_types"_s,     u"parameters"_s,
            u"assignments"_s,    u"actions"_s,
            u"workflows"_s,      u"token_data_type_scopes"_s,
            u"tokens"_s,         u"records"_s,
            u"saved_requests"_s, u"accepted_findings"_s};
}

} // namespace gatehouse
