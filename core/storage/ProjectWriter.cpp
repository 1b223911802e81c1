#include "ProjectWriter.h"

#include "AcceptedFindingRows.h"
#include "Database.h"
#include "ProjectSchema.h"
#include "RecordRows.h"
#include "SavedRequestRows.h"
#include "Statement.h"
#include "StorageFormat.h"
#include "TokenRows.h"

#include <QJsonDocument>
#include <QUuid>

#include <cstdlib>

using namespace Qt::Literals::StringLiterals;

namespace gatehouse {

namespace {

ProjectWriter::Fault g_fault = ProjectWriter::Fault::None;
int g_rowsBeforeFault = 0;

} // namespace

// Prepares a statement named `name`, or returns the error from the caller.
#define GH_PREPARE(name, sql)                                                                      \
    auto name##Prepared = m_db.prepare(sql);                                                       \
    if (!name##Prepared)                                                                           \
        return name##Prepared.error();                                                             \
    Statement &name = name##Prepared.value()

void ProjectWriter::injectFaultForTesting(Fault fault, int afterRows)
{
    g_fault = fault;
    g_rowsBeforeFault = afterRows;
}

Result<> ProjectWriter::write(const Project &project)
{
    if (auto done = clear(); !done)
        return done;
    if (auto done = writeMeta(); !done)
        return done;
    if (auto done = writeProject(project); !done)
        return done;
    if (auto done = writeDataTypes(project.dataTypes); !done)
        return done;
    if (auto done = writeWorkflows(project.workflows); !done)
        return done;
    if (auto done = writeTokens(project.tokens); !done)
        return done;
    if (auto done = writeRecords(project.records); !done)
        return done;
    if (auto done = writeSavedRequests(project.savedRequests); !done)
        return done;
    return writeAcceptedFindings(project.acceptedFindings);
}

Result<> ProjectWriter::insert(Statement &statement)
{
    if (g_fault != Fault::None && g_rowsBeforeFault-- <= 0) {
        if (g_fault == Fault::Exit)
            std::_Exit(3);
        g_fault = Fault::None;
        return Error{u"save interrupted by a test"_s};
    }
    return statement.exec();
}

Result<> ProjectWriter::clear()
{
    for (const QString &table : ProjectSchema::projectTables()) {
        auto cleared = m_db.exec(u"DELETE FROM "_s + table);
        if (!cleared)
            return cleared;
    }
    return {};
}

Result<> ProjectWriter::writeMeta()
{
    GH_PREPARE(meta, u"INSERT INTO meta (key, value) VALUES (?, ?)"_s);
    const QList<std::pair<QString, QString>> rows{
        {u"format"_s, ProjectSchema::formatName()},
        {u"written_by"_s, u"Gatehouse "_s + QString::fromUtf8(GATEHOUSE_VERSION)},
        {u"saved_at"_s, StorageFormat::dateText(QDateTime::currentDateTimeUtc())},
        // Tells a running server that the definition changed, even for two
        // saves within the same millisecond.
        {u"save_id"_s, QUuid::createUuid().toString(QUuid::WithoutBraces)}};
    for (const auto &[key, value] : rows) {
        auto done = insert(meta.bindAll(key, value));
        if (!done)
            return done;
    }
    return {};
}

Result<> ProjectWriter::writeProject(const Project &project)
{
    GH_PREPARE(row, u"INSERT INTO project (id, name, workflow_api_enabled, data_api_enabled, "
                    "data_api_types, swagger_enabled, tokens_in_querystring, "
                    "admin_tokens_bypass_privacy, user_token_lifetime_s, "
                    "stay_logged_in_lifetime_s, user_token_inactivity_s, max_body_bytes, "
                    "requests_per_minute_per_token, requests_per_minute_per_workflow, "
                    "request_log_size, token_review_interval_days, "
                    "requests_per_minute_per_client, requests_per_minute_per_client_workflow, "
                    "max_connections_per_client, header_timeout_ms, min_body_bytes_per_second) "
                    "VALUES (1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
    const ProjectSettings &s = project.settings;
    row.bindAll(project.name, s.workflowApiEnabled, s.dataApiEnabled,
                StorageFormat::listText(s.dataApiTypes), s.swaggerEnabled, s.tokensInQuerystring,
                s.adminTokensBypassPrivacyInWorkflows, s.userTokenLifetimeSeconds,
                s.stayLoggedInLifetimeSeconds, s.userTokenInactivitySeconds, s.limits.maxBodyBytes,
                s.limits.requestsPerMinutePerToken, s.limits.requestsPerMinutePerWorkflow,
                s.limits.requestLogSize, s.tokenReviewIntervalDays,
                s.limits.requestsPerMinutePerClient, s.limits.requestsPerMinutePerClientWorkflow,
                s.limits.maxConnectionsPerClient, s.limits.headerTimeoutMs,
                s.limits.minBodyBytesPerSecond);
    return insert(row);
}

Result<> ProjectWriter::writeDataTypes(const QList<DataType> &types)
{
    const QString permissions = StorageFormat::permissionColumns();
    GH_PREPARE(typeRow, u"INSERT INTO data_types (position, name, %1) "
                        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s.arg(permissions));
    GH_PREPARE(fieldRow, u"INSERT INTO fields (type_position, position, name, kind, "
                         "referenced_type, is_list) VALUES (?, ?, ?, ?, ?, ?)"_s);
    GH_PREPARE(ruleRow, u"INSERT INTO privacy_rules (type_position, position, name, condition, "
                        "%1) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s.arg(permissions));
    for (int t = 0; t < types.size(); ++t) {
        const DataType &type = types.at(t);
        StorageFormat::bindPermissions(typeRow.bindAll(t, type.name), 3, type.everyoneElse);
        if (auto done = insert(typeRow); !done)
            return done;
        for (int f = 0; f < type.fields.size(); ++f) {
            const Field &field = type.fields.at(f);
            StorageFormat::bindFieldType(fieldRow.bindAll(t, f, field.name), 4, field.type);
            if (auto done = insert(fieldRow); !done)
                return done;
        }
        for (int r = 0; r < type.privacyRules.size(); ++r) {
            const PrivacyRule &rule = type.privacyRules.at(r);
            ruleRow.bindAll(t, r, rule.name, rule.condition);
            StorageFormat::bindPermissions(ruleRow, 5, rule.permissions);
            if (auto done = insert(ruleRow); !done)
                return done;
        }
    }
    return {};
}

Result<> ProjectWriter::writeWorkflows(const QList<Workflow> &workflows)
{
    GH_PREPARE(workflowRow,
               u"INSERT INTO workflows (position, name, description, exposed, authentication, "
               "ignore_privacy_rules, method, parameter_source, condition, "
               "return_200_if_condition_not_met) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
    GH_PREPARE(parameterRow, u"INSERT INTO parameters (workflow_position, position, key, kind, "
                             "referenced_type, is_list, optional) VALUES (?, ?, ?, ?, ?, ?, ?)"_s);
    for (int w = 0; w < workflows.size(); ++w) {
        const Workflow &wf = workflows.at(w);
        workflowRow.bindAll(w, wf.name, wf.description, wf.exposed, authModeId(wf.authentication),
                            wf.ignorePrivacyRules, httpMethodId(wf.method),
                            parameterSourceId(wf.parameterSource), wf.condition,
                            wf.return200IfConditionNotMet);
        if (auto done = insert(workflowRow); !done)
            return done;
        for (int p = 0; p < wf.parameters.size(); ++p) {
            const Parameter &parameter = wf.parameters.at(p);
            StorageFormat::bindFieldType(parameterRow.bindAll(w, p, parameter.key), 4,
                                         parameter.type);
            parameterRow.bind(7, parameter.optional);
            if (auto done = insert(parameterRow); !done)
                return done;
        }
        if (auto done = writeActions(w, wf.actions); !done)
            return done;
    }
    return {};
}

Result<> ProjectWriter::writeActions(int workflowPosition, const QList<Action> &actions)
{
    GH_PREPARE(actionRow, u"INSERT INTO actions (workflow_position, position, kind, condition, "
                          "data_type, target, workflow) VALUES (?, ?, ?, ?, ?, ?, ?)"_s);
    GH_PREPARE(assignmentRow, u"INSERT INTO assignments (workflow_position, action_position, "
                              "position, key, value) VALUES (?, ?, ?, ?, ?)"_s);
    for (int a = 0; a < actions.size(); ++a) {
        const Action &action = actions.at(a);
        actionRow.bindAll(workflowPosition, a, action.info().id, action.condition, action.dataType,
                          action.target, action.workflow);
        if (auto done = insert(actionRow); !done)
            return done;
        for (int i = 0; i < action.assignments.size(); ++i) {
            const Assignment &assignment = action.assignments.at(i);
            assignmentRow.bindAll(workflowPosition, a, i, assignment.key, assignment.value);
            if (auto done = insert(assignmentRow); !done)
                return done;
        }
    }
    return {};
}

Result<> ProjectWriter::writeTokens(const QList<Token> &tokens)
{
    GH_PREPARE(tokenRow, TokenRows::insertTokenSql());
    GH_PREPARE(scopeRow, TokenRows::insertScopeSql());
    for (int t = 0; t < tokens.size(); ++t) {
        const Token &token = tokens.at(t);
        TokenRows::bindToken(tokenRow, t, token);
        if (auto done = insert(tokenRow); !done)
            return done;
        for (int s = 0; s < token.scopes.dataTypes.size(); ++s) {
            TokenRows::bindScope(scopeRow, t, s, token.scopes.dataTypes.at(s));
            if (auto done = insert(scopeRow); !done)
                return done;
        }
    }
    return {};
}

Result<> ProjectWriter::writeRecords(const QList<Record> &records)
{
    GH_PREPARE(recordRow, u"INSERT INTO records (%1) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"_s.arg(
                              RecordRows::columns()));
    for (int r = 0; r < records.size(); ++r) {
        RecordRows::bind(recordRow, records.at(r), r);
        if (auto done = insert(recordRow); !done)
            return done;
    }
    return {};
}

Result<> ProjectWriter::writeSavedRequests(const QList<SavedRequest> &requests)
{
    GH_PREPARE(requestRow,
               u"INSERT INTO saved_requests (%1) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s.arg(
                   SavedRequestRows::columns()));
    for (int r = 0; r < requests.size(); ++r) {
        SavedRequestRows::bind(requestRow, requests.at(r), r);
        if (auto done = insert(requestRow); !done)
            return done;
    }
    return {};
}

Result<> ProjectWriter::writeAcceptedFindings(const QList<AcceptedFinding> &accepted)
{
    GH_PREPARE(acceptedRow, AcceptedFindingRows::insertSql());
    for (int a = 0; a < accepted.size(); ++a) {
        AcceptedFindingRows::bind(acceptedRow, accepted.at(a), a);
        if (auto done = insert(acceptedRow); !done)
            return done;
    }
    return {};
}

#undef GH_PREPARE

} // namespace gatehouse
