#!/bin/sh
# Writes tests/storage/data/v1-project.gatehouse: a tiny project in the
# version 1 layout of the project file, for the migration tests.
#
# Version 1 differs from version 2 in two ways (docs/project-file.md):
#   - workflows.run_without_authentication (0/1), the old Bubble checkbox,
#     instead of workflows.authentication;
#   - tokens had no scopes: no all_workflows, workflows, all_data_types,
#     private_files columns and no token_data_type_scopes table.
#
# The fixture holds no secret and no hash: its user has no password hash and
# its tokens no secret hash. Run from anywhere: sh scripts/make-v1-fixture.sh
set -eu

root=$(cd "$(dirname "$0")/.." && pwd)
out="$root/tests/storage/data/v1-project.gatehouse"
tmp="$out.tmp"
rm -f "$tmp"

sqlite3 "$tmp" <<'SQL'
PRAGMA application_id = 1197569125; -- 0x47617465, "Gate"
PRAGMA user_version = 1;
BEGIN;
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
    request_log_size INTEGER NOT NULL);
CREATE TABLE data_types (position INTEGER PRIMARY KEY, name TEXT NOT NULL,
    view_all_fields INTEGER NOT NULL, viewable_fields TEXT NOT NULL,
    find_in_searches INTEGER NOT NULL, view_attached_files INTEGER NOT NULL,
    allow_auto_binding INTEGER NOT NULL, auto_binding_fields TEXT NOT NULL,
    create_via_api INTEGER NOT NULL, modify_via_api INTEGER NOT NULL,
    delete_via_api INTEGER NOT NULL);
CREATE TABLE fields (
    type_position INTEGER NOT NULL, position INTEGER NOT NULL, name TEXT NOT NULL,
    kind TEXT NOT NULL, referenced_type TEXT NOT NULL, is_list INTEGER NOT NULL,
    PRIMARY KEY (type_position, position)) WITHOUT ROWID;
CREATE TABLE privacy_rules (
    type_position INTEGER NOT NULL, position INTEGER NOT NULL, name TEXT NOT NULL,
    condition TEXT NOT NULL,
    view_all_fields INTEGER NOT NULL, viewable_fields TEXT NOT NULL,
    find_in_searches INTEGER NOT NULL, view_attached_files INTEGER NOT NULL,
    allow_auto_binding INTEGER NOT NULL, auto_binding_fields TEXT NOT NULL,
    create_via_api INTEGER NOT NULL, modify_via_api INTEGER NOT NULL,
    delete_via_api INTEGER NOT NULL,
    PRIMARY KEY (type_position, position)) WITHOUT ROWID;
CREATE TABLE workflows (
    position INTEGER PRIMARY KEY, name TEXT NOT NULL, description TEXT NOT NULL,
    exposed INTEGER NOT NULL, run_without_authentication INTEGER NOT NULL,
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
    created TEXT, expires TEXT, last_used TEXT, revoked TEXT);
CREATE TABLE records (
    id TEXT PRIMARY KEY NOT NULL, position INTEGER NOT NULL, type TEXT NOT NULL,
    created_date TEXT, modified_date TEXT, created_by TEXT NOT NULL,
    field_values TEXT NOT NULL, password_hash BLOB);
CREATE INDEX records_by_position ON records (position);

INSERT INTO meta VALUES ('format', 'gatehouse-project'), ('written_by', 'Gatehouse 0.0.9'),
    ('saved_at', '2024-05-01T08:30:00.000Z');
INSERT INTO project VALUES (1, 'Old shop', 1, 1, '["Item"]', 0, 1, 1,
    86400, 31536000, 2592000, 10485760, 600, 1200, 1000);

INSERT INTO data_types VALUES (0, 'User', 0, '[]', 0, 0, 0, '[]', 0, 0, 0);
INSERT INTO data_types VALUES (1, 'Item', 1, '[]', 1, 0, 0, '[]', 0, 0, 0);
INSERT INTO fields VALUES (0, 0, 'email', 'text', '', 0);
INSERT INTO fields VALUES (1, 0, 'title', 'text', '', 0);
INSERT INTO fields VALUES (1, 1, 'price', 'number', '', 0);
INSERT INTO fields VALUES (1, 2, 'owner', 'reference', 'User', 0);
INSERT INTO privacy_rules VALUES (1, 0, 'owner', 'This Item''s owner is Current User',
    1, '[]', 1, 1, 0, '[]', 1, 1, 1);

INSERT INTO workflows VALUES (0, 'public_ping', 'Answer that the API is up.', 1, 1, 0,
    'POST', 'body', '', 0);
INSERT INTO workflows VALUES (1, 'add_item', 'Add an item owned by the caller.', 1, 0, 0,
    'POST', 'body', 'price > 0', 0);
INSERT INTO parameters VALUES (1, 0, 'title', 'text', '', 0, 0);
INSERT INTO parameters VALUES (1, 1, 'price', 'number', '', 0, 1);
INSERT INTO actions VALUES (0, 0, 'return_data', '', '', '', '');
INSERT INTO assignments VALUES (0, 0, 0, 'pong', '"ok"');
INSERT INTO actions VALUES (1, 0, 'create_thing', '', 'Item', '', '');
INSERT INTO assignments VALUES (1, 0, 0, 'title', 'title');
INSERT INTO assignments VALUES (1, 0, 1, 'price', 'price');
INSERT INTO actions VALUES (1, 1, 'return_data', '', '', '', '');
INSERT INTO assignments VALUES (1, 1, 0, 'id', 'Result of step 1''s _id');

INSERT INTO tokens VALUES (0, 'ci admin', 'admin', '', 'gh_adm_1a2b', NULL,
    '2024-03-01T10:00:00.000Z', NULL, NULL, NULL);
INSERT INTO tokens VALUES (1, 'carol app', 'user', '1700000000000x1', 'gh_usr_3c4d', NULL,
    '2024-03-02T11:00:00.000Z', '2025-03-02T11:00:00.000Z', NULL, '2024-04-01T00:00:00.000Z');

INSERT INTO records VALUES ('1700000000000x1', 0, 'User', '2023-11-14T22:13:20.000Z',
    '2023-11-14T22:13:20.000Z', '', '{"email":"carol@example.com"}', NULL);
INSERT INTO records VALUES ('1700000000000x2', 1, 'Item', '2023-11-15T09:00:00.000Z',
    '2023-11-15T09:30:00.500Z', '1700000000000x1',
    '{"owner":"1700000000000x1","price":12.5,"title":"Lamp"}', NULL);
COMMIT;
VACUUM;
SQL

mv "$tmp" "$out"
echo "wrote $out"
