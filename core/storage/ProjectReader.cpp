#include "ProjectReader.h"

#include "AcceptedFindingRows.h"
#include "Database.h"
#include "ProjectSchema.h"
#include "RecordRows.h"
#include "SavedRequestRows.h"
#include "Statement.h"
#include "StorageFormat.h"

#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::Literals::StringLiterals;

namespace gatehouse {

namespace {

Error rowError(const QString &table, qint64 position, const QString &problem)
{
    return Error{u"%1 row %2: %3"_s.arg(table).arg(position).arg(problem)};
}

Error orphan(const QString &table, qint64 position, const QString &parent, qint64 parentPosition)
{
    return rowError(table, position,
                    u"belongs to %1 %2, which is missing"_s.arg(parent).arg(parentPosition));
}

QString quote(const QString &text)
{
    return u'`' + text + u'`';
}

} // namespace

Result<Project> ProjectReader::read()
{
    return readSteps({&ProjectReader::readProject, &ProjectReader::readDataTypes,
                      &ProjectReader::readFields, &ProjectReader::readPrivacyRules,
                      &ProjectReader::readWorkflows, &ProjectReader::readParameters,
                      &ProjectReader::readActions, &ProjectReader::readAssignments,
                      &ProjectReader::readTokens, &ProjectReader::readTokenScopes,
                      &ProjectReader::readTokenUses, &ProjectReader::readRecords,
                      &ProjectReader::readSavedRequests, &ProjectReader::readAcceptedFindings});
}

Result<Project> ProjectReader::readTokenContext()
{
    // Workflows with their steps: the policy reads a workflow-only token's
    // data scope from what its workflows do.
    return readSteps({&ProjectReader::readProject, &ProjectReader::readDataTypes,
                      &ProjectReader::readFields, &ProjectReader::readWorkflows,
                      &ProjectReader::readParameters, &ProjectReader::readActions,
                      &ProjectReader::readAssignments, &ProjectReader::readTokens,
                      &ProjectReader::readTokenScopes, &ProjectReader::readTokenUses,
                      &ProjectReader::readUsers});
}

Result<QList<Token>> ProjectReader::readTokenList()
{
    auto project = readSteps({&ProjectReader::readTokens, &ProjectReader::readTokenScopes});
    if (!project)
        return project.error();
    return project.value().tokens;
}

Result<Project>
ProjectReader::readSteps(std::initializer_list<Result<> (ProjectReader::*)(Project &)> steps)
{
    Project project;
    if (auto format = checkFormat(); !format)
        return format.error();
    for (auto step : steps) {
        if (auto done = (this->*step)(project); !done)
            return done.error();
    }
    return project;
}

Result<> ProjectReader::forEachRow(const QString &sql, const RowHandler &handle)
{
    auto statement = m_db.prepare(sql);
    if (!statement)
        return statement.error();
    for (;;) {
        auto row = statement.value().step();
        if (!row)
            return row.error();
        if (!row.value())
            return {};
        if (auto handled = handle(statement.value()); !handled)
            return handled;
    }
}

Result<> ProjectReader::checkFormat()
{
    bool found = false;
    auto read = forEachRow(u"SELECT value FROM meta WHERE key = 'format'"_s,
                           [&](const Statement &row) -> Result<> {
                               found = row.columnText(0) == ProjectSchema::formatName();
                               return {};
                           });
    if (!read)
        return read;
    if (!found)
        return Error{u"the meta table does not name the Gatehouse format"_s};
    return {};
}

Result<> ProjectReader::readProject(Project &project)
{
    int rows = 0;
    auto read = forEachRow(
        u"SELECT name, workflow_api_enabled, data_api_enabled, data_api_types, "
        "swagger_enabled, tokens_in_querystring, admin_tokens_bypass_privacy, "
        "user_token_lifetime_s, stay_logged_in_lifetime_s, user_token_inactivity_s, "
        "max_body_bytes, requests_per_minute_per_token, requests_per_minute_per_workflow, "
        "request_log_size, token_review_interval_days, requests_per_minute_per_client, "
        "requests_per_minute_per_client_workflow, max_connections_per_client, "
        "header_timeout_ms, min_body_bytes_per_second FROM project"_s,
        [&](const Statement &row) -> Result<> {
            ++rows;
            ProjectSettings &s = project.settings;
            project.name = row.columnText(0);
            s.workflowApiEnabled = row.columnBool(1);
            s.dataApiEnabled = row.columnBool(2);
            auto types = StorageFormat::listFromText(row.columnText(3));
            if (!types)
                return rowError(u"project"_s, 1, types.errorMessage());
            s.dataApiTypes = types.value();
            s.swaggerEnabled = row.columnBool(4);
            s.tokensInQuerystring = row.columnBool(5);
            s.adminTokensBypassPrivacyInWorkflows = row.columnBool(6);
            s.userTokenLifetimeSeconds = row.columnInt(7);
            s.stayLoggedInLifetimeSeconds = row.columnInt(8);
            s.userTokenInactivitySeconds = row.columnInt(9);
            s.limits.maxBodyBytes = row.columnInt64(10);
            s.limits.requestsPerMinutePerToken = row.columnInt(11);
            s.limits.requestsPerMinutePerWorkflow = row.columnInt(12);
            s.limits.requestLogSize = row.columnInt(13);
            s.tokenReviewIntervalDays = row.columnInt(14);
            s.limits.requestsPerMinutePerClient = row.columnInt(15);
            s.limits.requestsPerMinutePerClientWorkflow = row.columnInt(16);
            s.limits.maxConnectionsPerClient = row.columnInt(17);
            s.limits.headerTimeoutMs = row.columnInt(18);
            s.limits.minBodyBytesPerSecond = row.columnInt(19);
            return {};
        });
    if (read && rows != 1)
        return Error{u"the project table holds %1 rows instead of one"_s.arg(rows)};
    return read;
}

Result<> ProjectReader::readDataTypes(Project &project)
{
    return forEachRow(u"SELECT position, name, %1 FROM data_types ORDER BY position"_s.arg(
                          StorageFormat::permissionColumns()),
                      [&](const Statement &row) -> Result<> {
                          DataType type;
                          type.name = row.columnText(1);
                          auto everyoneElse = StorageFormat::readPermissions(row, 2);
                          if (!everyoneElse)
                              return rowError(u"data_types"_s, row.columnInt64(0),
                                              everyoneElse.errorMessage());
                          type.everyoneElse = everyoneElse.value();
                          m_typeIndex.insert(row.columnInt64(0), int(project.dataTypes.size()));
                          project.dataTypes.append(type);
                          return {};
                      });
}

Result<> ProjectReader::readFields(Project &project)
{
    return forEachRow(
        u"SELECT type_position, position, name, kind, referenced_type, is_list FROM fields "
        "ORDER BY type_position, position"_s,
        [&](const Statement &row) -> Result<> {
            const qint64 parent = row.columnInt64(0);
            if (!m_typeIndex.contains(parent))
                return orphan(u"fields"_s, row.columnInt64(1), u"data type"_s, parent);
            auto type = StorageFormat::readFieldType(row, 3);
            if (!type)
                return rowError(u"fields"_s, row.columnInt64(1), type.errorMessage());
            project.dataTypes[m_typeIndex.value(parent)].fields.append(
                Field{row.columnText(2), type.value()});
            return {};
        });
}

Result<> ProjectReader::readPrivacyRules(Project &project)
{
    return forEachRow(
        u"SELECT type_position, position, name, condition, %1 FROM privacy_rules "
        "ORDER BY type_position, position"_s.arg(StorageFormat::permissionColumns()),
        [&](const Statement &row) -> Result<> {
            const qint64 parent = row.columnInt64(0);
            if (!m_typeIndex.contains(parent))
                return orphan(u"privacy_rules"_s, row.columnInt64(1), u"data type"_s, parent);
            auto permissions = StorageFormat::readPermissions(row, 4);
            if (!permissions)
                return rowError(u"privacy_rules"_s, row.columnInt64(1), permissions.errorMessage());
            project.dataTypes[m_typeIndex.value(parent)].privacyRules.append(
                PrivacyRule{row.columnText(2), row.columnText(3), permissions.value()});
            return {};
        });
}

Result<> ProjectReader::readWorkflows(Project &project)
{
    return forEachRow(
        u"SELECT position, name, description, exposed, authentication, ignore_privacy_rules, "
        "method, parameter_source, condition, return_200_if_condition_not_met FROM workflows "
        "ORDER BY position"_s,
        [&](const Statement &row) -> Result<> {
            const qint64 position = row.columnInt64(0);
            const auto auth = authModeFromId(row.columnText(4));
            const auto method = httpMethodFromId(row.columnText(6));
            const auto source = parameterSourceFromId(row.columnText(7));
            if (!auth || !method || !source)
                return rowError(u"workflows"_s, position,
                                u"unknown authentication, method or parameter source"_s);
            Workflow workflow;
            workflow.name = row.columnText(1);
            workflow.description = row.columnText(2);
            workflow.exposed = row.columnBool(3);
            workflow.authentication = *auth;
            workflow.ignorePrivacyRules = row.columnBool(5);
            workflow.method = *method;
            workflow.parameterSource = *source;
            workflow.condition = row.columnText(8);
            workflow.return200IfConditionNotMet = row.columnBool(9);
            m_workflowIndex.insert(position, int(project.workflows.size()));
            project.workflows.append(workflow);
            return {};
        });
}

Result<> ProjectReader::readParameters(Project &project)
{
    return forEachRow(
        u"SELECT workflow_position, position, key, kind, referenced_type, is_list, optional "
        "FROM parameters ORDER BY workflow_position, position"_s,
        [&](const Statement &row) -> Result<> {
            const qint64 parent = row.columnInt64(0);
            if (!m_workflowIndex.contains(parent))
                return orphan(u"parameters"_s, row.columnInt64(1), u"workflow"_s, parent);
            auto type = StorageFormat::readFieldType(row, 3);
            if (!type)
                return rowError(u"parameters"_s, row.columnInt64(1), type.errorMessage());
            project.workflows[m_workflowIndex.value(parent)].parameters.append(
                Parameter{row.columnText(2), type.value(), row.columnBool(6)});
            return {};
        });
}

Result<> ProjectReader::readActions(Project &project)
{
    return forEachRow(
        u"SELECT workflow_position, position, kind, condition, data_type, target, workflow "
        "FROM actions ORDER BY workflow_position, position"_s,
        [&](const Statement &row) -> Result<> {
            const qint64 parent = row.columnInt64(0);
            const qint64 position = row.columnInt64(1);
            if (!m_workflowIndex.contains(parent))
                return orphan(u"actions"_s, position, u"workflow"_s, parent);
            const auto kind = ActionKindInfo::fromId(row.columnText(2));
            if (!kind)
                return rowError(u"actions"_s, position,
                                u"unknown action kind "_s + quote(row.columnText(2)));
            Action action;
            action.kind = *kind;
            action.condition = row.columnText(3);
            action.dataType = row.columnText(4);
            action.target = row.columnText(5);
            action.workflow = row.columnText(6);
            QList<Action> &actions = project.workflows[m_workflowIndex.value(parent)].actions;
            m_actionIndex.insert({parent, position},
                                 {m_workflowIndex.value(parent), int(actions.size())});
            actions.append(action);
            return {};
        });
}

Result<> ProjectReader::readAssignments(Project &project)
{
    return forEachRow(
        u"SELECT workflow_position, action_position, position, key, value FROM assignments "
        "ORDER BY workflow_position, action_position, position"_s,
        [&](const Statement &row) -> Result<> {
            const QPair<qint64, qint64> parent{row.columnInt64(0), row.columnInt64(1)};
            if (!m_actionIndex.contains(parent))
                return orphan(u"assignments"_s, row.columnInt64(2), u"action"_s, parent.second);
            const auto [workflow, action] = m_actionIndex.value(parent);
            project.workflows[workflow].actions[action].assignments.append(
                Assignment{row.columnText(3), row.columnText(4)});
            return {};
        });
}

Result<> ProjectReader::readTokens(Project &project)
{
    return forEachRow(
        u"SELECT position, name, kind, user_id, prefix, secret_hash, created, expires, "
        "last_used, revoked, all_workflows, workflows, all_data_types, private_files, "
        "purpose, last_reviewed, previous_secret_hash, previous_secret_until "
        "FROM tokens ORDER BY position"_s,
        [&](const Statement &row) -> Result<> {
            const qint64 position = row.columnInt64(0);
            const auto kind = tokenKindFromId(row.columnText(2));
            if (!kind)
                return rowError(u"tokens"_s, position,
                                u"unknown token kind "_s + quote(row.columnText(2)));
            Token token;
            token.name = row.columnText(1);
            token.kind = *kind;
            token.userId = row.columnText(3);
            token.prefix = row.columnText(4);
            token.secretHash = row.columnBlob(5);
            const std::pair<QDateTime *, int> dates[] = {
                {&token.created, 6}, {&token.expires, 7},       {&token.lastUsed, 8},
                {&token.revoked, 9}, {&token.lastReviewed, 15}, {&token.previousSecretUntil, 17}};
            for (const auto &[date, column] : dates) {
                auto read = StorageFormat::readDate(row, column);
                if (!read)
                    return rowError(u"tokens"_s, position, read.errorMessage());
                *date = read.value();
            }
            token.purpose = row.columnText(14);
            token.previousSecretHash = row.columnBlob(16);
            auto workflows = StorageFormat::listFromText(row.columnText(11));
            if (!workflows)
                return rowError(u"tokens"_s, position, workflows.errorMessage());
            token.scopes = TokenScopes{
                row.columnBool(10), workflows.value(), row.columnBool(12), {}, row.columnBool(13)};
            m_tokenIndex.insert(position, int(project.tokens.size()));
            project.tokens.append(token);
            return {};
        });
}

Result<> ProjectReader::readTokenScopes(Project &project)
{
    return forEachRow(
        u"SELECT token_position, position, data_type, can_find, can_view, can_create, "
        "can_modify, can_delete FROM token_data_type_scopes ORDER BY token_position, position"_s,
        [&](const Statement &row) -> Result<> {
            const qint64 parent = row.columnInt64(0);
            if (!m_tokenIndex.contains(parent))
                return orphan(u"token_data_type_scopes"_s, row.columnInt64(1), u"token"_s, parent);
            project.tokens[m_tokenIndex.value(parent)].scopes.dataTypes.append(
                DataTypeScope{row.columnText(2), row.columnBool(3), row.columnBool(4),
                              row.columnBool(5), row.columnBool(6), row.columnBool(7)});
            return {};
        });
}

// A token's last use is live data the engine writes apart from the token, so
// that saving the document never turns it back.
Result<> ProjectReader::readTokenUses(Project &project)
{
    return forEachRow(u"SELECT secret_hash, last_used FROM live_token_uses"_s,
                      [&](const Statement &row) -> Result<> {
                          auto used = StorageFormat::readDate(row, 1);
                          if (!used)
                              return rowError(u"live_token_uses"_s, 0, used.errorMessage());
                          for (Token &token : project.tokens) {
                              if (token.secretHash == row.columnBlob(0) &&
                                  (!token.lastUsed.isValid() || token.lastUsed < used.value()))
                                  token.lastUsed = used.value();
                          }
                          return {};
                      });
}

Result<> ProjectReader::readRecords(Project &project)
{
    return forEachRow(u"SELECT %1 FROM records ORDER BY position, id"_s.arg(RecordRows::columns()),
                      [&](const Statement &row) -> Result<> {
                          auto record = RecordRows::read(row);
                          if (!record)
                              return rowError(u"records"_s, row.columnInt64(1),
                                              record.errorMessage());
                          project.records.append(record.value());
                          return {};
                      });
}

Result<> ProjectReader::readUsers(Project &project)
{
    auto users = m_db.prepare(u"SELECT %1 FROM records WHERE type = ? ORDER BY position, id"_s.arg(
        RecordRows::columns()));
    if (!users)
        return users.error();
    Statement &row = users.value();
    row.bindAll(DataType::userTypeName());
    for (;;) {
        auto next = row.step();
        if (!next)
            return next.error();
        if (!next.value())
            return {};
        auto record = RecordRows::read(row);
        if (!record)
            return rowError(u"records"_s, row.columnInt64(1), record.errorMessage());
        project.records.append(record.value());
    }
}

Result<> ProjectReader::readSavedRequests(Project &project)
{
    return forEachRow(
        u"SELECT %1 FROM saved_requests ORDER BY position"_s.arg(SavedRequestRows::columns()),
        [&](const Statement &row) -> Result<> {
            auto request = SavedRequestRows::read(row);
            if (!request)
                return rowError(u"saved_requests"_s, row.columnInt64(0), request.errorMessage());
            project.savedRequests.append(request.value());
            return {};
        });
}

Result<> ProjectReader::readAcceptedFindings(Project &project)
{
    return forEachRow(
        u"SELECT %1 FROM accepted_findings ORDER BY position"_s.arg(AcceptedFindingRows::columns()),
        [&](const Statement &row) -> Result<> {
            auto accepted = AcceptedFindingRows::read(row);
            if (!accepted)
                return rowError(u"accepted_findings"_s, row.columnInt64(0),
                                accepted.errorMessage());
            project.acceptedFindings.append(accepted.value());
            return {};
        });
}

} // namespace gatehouse
