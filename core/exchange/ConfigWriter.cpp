#include "ConfigWriter.h"

using namespace Qt::Literals::StringLiterals;

namespace gatehouse {

QByteArray ConfigWriter::write(const Project &project)
{
    ConfigWriter writer;
    writer.writeProject(project);
    return writer.m_json.text();
}

QByteArray ConfigWriter::writeOneWorkflow(const Workflow &workflow)
{
    ConfigWriter writer;
    writer.writeWorkflow(workflow);
    return writer.m_json.text();
}

QByteArray ConfigWriter::writeOneScopes(const TokenScopes &scopes)
{
    ConfigWriter writer;
    writer.writeScopes(scopes);
    return writer.m_json.text();
}

QString ConfigWriter::formatMarker()
{
    return u"gatehouse-config"_s;
}

int ConfigWriter::formatVersion()
{
    return 1;
}

QString ConfigWriter::dateText(const QDateTime &date)
{
    return date.toUTC().toString(Qt::ISODateWithMs);
}

void ConfigWriter::writeProject(const Project &project)
{
    m_json.beginObject();
    member(u"format"_s, formatMarker());
    member(u"version"_s, formatVersion());
    member(u"name"_s, project.name);
    m_json.key(u"settings"_s);
    writeSettings(project.settings);
    list(u"dataTypes"_s, project.dataTypes, &ConfigWriter::writeDataType);
    list(u"workflows"_s, project.workflows, &ConfigWriter::writeWorkflow);
    list(u"tokens"_s, project.tokens, &ConfigWriter::writeToken);
    list(u"records"_s, project.records, &ConfigWriter::writeRecord);
    // Left out when empty, so a project without suites exports as before.
    if (!project.savedRequests.isEmpty())
        list(u"savedRequests"_s, project.savedRequests, &ConfigWriter::writeSavedRequest);
    if (!project.acceptedFindings.isEmpty())
        list(u"acceptedFindings"_s, project.acceptedFindings, &ConfigWriter::writeAcceptedFinding);
    m_json.endObject();
}

void ConfigWriter::writeSettings(const ProjectSettings &settings)
{
    m_json.beginObject();
    member(u"workflowApiEnabled"_s, settings.workflowApiEnabled);
    member(u"dataApiEnabled"_s, settings.dataApiEnabled);
    member(u"dataApiTypes"_s, settings.dataApiTypes);
    member(u"swaggerEnabled"_s, settings.swaggerEnabled);
    member(u"tokensInQuerystring"_s, settings.tokensInQuerystring);
    member(u"adminTokensBypassPrivacyInWorkflows"_s, settings.adminTokensBypassPrivacyInWorkflows);
    member(u"userTokenLifetimeSeconds"_s, settings.userTokenLifetimeSeconds);
    member(u"stayLoggedInLifetimeSeconds"_s, settings.stayLoggedInLifetimeSeconds);
    member(u"userTokenInactivitySeconds"_s, settings.userTokenInactivitySeconds);
    member(u"tokenReviewIntervalDays"_s, settings.tokenReviewIntervalDays);
    m_json.key(u"limits"_s);
    writeLimits(settings.limits);
    m_json.endObject();
}

void ConfigWriter::writeLimits(const RequestLimits &limits)
{
    m_json.beginObject();
    member(u"maxBodyBytes"_s, limits.maxBodyBytes);
    member(u"requestsPerMinutePerToken"_s, limits.requestsPerMinutePerToken);
    member(u"requestsPerMinutePerWorkflow"_s, limits.requestsPerMinutePerWorkflow);
    member(u"requestLogSize"_s, limits.requestLogSize);
    member(u"requestsPerMinutePerClient"_s, limits.requestsPerMinutePerClient);
    member(u"requestsPerMinutePerClientWorkflow"_s, limits.requestsPerMinutePerClientWorkflow);
    member(u"maxConnectionsPerClient"_s, limits.maxConnectionsPerClient);
    member(u"headerTimeoutMs"_s, limits.headerTimeoutMs);
    member(u"minBodyBytesPerSecond"_s, limits.minBodyBytesPerSecond);
    m_json.endObject();
}

void ConfigWriter::writeDataType(const DataType &type)
{
    m_json.beginObject();
    member(u"name"_s, type.name);
    m_json.key(u"fields"_s);
    m_json.beginArray();
    for (const Field &field : type.fields) {
        m_json.beginObject();
        member(u"name"_s, field.name);
        writeFieldType(field.type);
        m_json.endObject();
    }
    m_json.endArray();
    m_json.key(u"privacyRules"_s);
    m_json.beginArray();
    for (const PrivacyRule &rule : type.privacyRules) {
        m_json.beginObject();
        member(u"name"_s, rule.name);
        member(u"condition"_s, rule.condition);
        m_json.key(u"permissions"_s);
        writePermissions(rule.permissions);
        m_json.endObject();
    }
    m_json.endArray();
    m_json.key(u"everyoneElse"_s);
    writePermissions(type.everyoneElse);
    m_json.endObject();
}

// Members of the enclosing object: "type", "referencedType" when it means
// something or is set, and "list".
void ConfigWriter::writeFieldType(const FieldType &type)
{
    member(u"type"_s, fieldKindId(type.kind));
    if (type.kind == FieldKind::Reference || !type.referencedType.isEmpty())
        member(u"referencedType"_s, type.referencedType);
    member(u"list"_s, type.isList);
}

void ConfigWriter::writePermissions(const PrivacyPermissions &permissions)
{
    m_json.beginObject();
    member(u"viewAllFields"_s, permissions.viewAllFields);
    member(u"viewableFields"_s, permissions.viewableFields);
    member(u"findInSearches"_s, permissions.findInSearches);
    member(u"viewAttachedFiles"_s, permissions.viewAttachedFiles);
    member(u"allowAutoBinding"_s, permissions.allowAutoBinding);
    member(u"autoBindingFields"_s, permissions.autoBindingFields);
    member(u"createViaApi"_s, permissions.createViaApi);
    member(u"modifyViaApi"_s, permissions.modifyViaApi);
    member(u"deleteViaApi"_s, permissions.deleteViaApi);
    m_json.endObject();
}

void ConfigWriter::writeWorkflow(const Workflow &workflow)
{
    m_json.beginObject();
    member(u"name"_s, workflow.name);
    member(u"description"_s, workflow.description);
    member(u"exposed"_s, workflow.exposed);
    member(u"authentication"_s, authModeId(workflow.authentication));
    member(u"ignorePrivacyRules"_s, workflow.ignorePrivacyRules);
    member(u"method"_s, httpMethodId(workflow.method));
    member(u"parameterSource"_s, parameterSourceId(workflow.parameterSource));
    list(u"parameters"_s, workflow.parameters, &ConfigWriter::writeParameter);
    member(u"condition"_s, workflow.condition);
    member(u"return200IfConditionNotMet"_s, workflow.return200IfConditionNotMet);
    list(u"actions"_s, workflow.actions, &ConfigWriter::writeAction);
    m_json.endObject();
}

void ConfigWriter::writeParameter(const Parameter &parameter)
{
    m_json.beginObject();
    member(u"key"_s, parameter.key);
    writeFieldType(parameter.type);
    member(u"optional"_s, parameter.optional);
    m_json.endObject();
}

// A member the kind does not use is left out, unless it holds something (an
// edit that changed the kind may leave one behind; the round trip keeps it).
void ConfigWriter::writeAction(const Action &action)
{
    const ActionKindInfo &info = action.info();
    m_json.beginObject();
    member(u"kind"_s, info.id);
    member(u"condition"_s, action.condition);
    if (info.usesDataType || !action.dataType.isEmpty())
        member(u"dataType"_s, action.dataType);
    if (!info.targetLabel.isEmpty() || !action.target.isEmpty())
        member(u"target"_s, action.target);
    if (info.usesWorkflow || !action.workflow.isEmpty())
        member(u"workflow"_s, action.workflow);
    m_json.key(u"assignments"_s);
    m_json.beginArray();
    for (const Assignment &assignment : action.assignments) {
        m_json.beginObject();
        member(u"key"_s, assignment.key);
        member(u"value"_s, assignment.value);
        m_json.endObject();
    }
    m_json.endArray();
    m_json.endObject();
}

// Never the secret hash: a config is shared, diffed and committed.
void ConfigWriter::writeToken(const Token &token)
{
    m_json.beginObject();
    member(u"name"_s, token.name);
    member(u"purpose"_s, token.purpose);
    member(u"kind"_s, tokenKindId(token.kind));
    member(u"userId"_s, token.userId);
    member(u"prefix"_s, token.prefix);
    writeDate(u"created"_s, token.created);
    writeDate(u"expires"_s, token.expires);
    writeDate(u"lastUsed"_s, token.lastUsed);
    writeDate(u"revoked"_s, token.revoked);
    writeDate(u"lastReviewed"_s, token.lastReviewed);
    m_json.key(u"scopes"_s);
    writeScopes(token.scopes);
    m_json.endObject();
}

void ConfigWriter::writeScopes(const TokenScopes &scopes)
{
    m_json.beginObject();
    member(u"allWorkflows"_s, scopes.allWorkflows);
    member(u"workflows"_s, scopes.workflows);
    member(u"allDataTypes"_s, scopes.allDataTypes);
    m_json.key(u"dataTypes"_s);
    m_json.beginArray();
    for (const DataTypeScope &scope : scopes.dataTypes) {
        m_json.beginObject();
        member(u"dataType"_s, scope.dataType);
        member(u"find"_s, scope.find);
        member(u"view"_s, scope.view);
        member(u"create"_s, scope.create);
        member(u"modify"_s, scope.modify);
        member(u"delete"_s, scope.remove);
        m_json.endObject();
    }
    m_json.endArray();
    member(u"privateFiles"_s, scopes.privateFiles);
    m_json.endObject();
}

// Never the password hash: imported users have no password until one is set.
void ConfigWriter::writeRecord(const Record &record)
{
    m_json.beginObject();
    member(u"id"_s, record.id);
    member(u"type"_s, record.type);
    writeDate(u"createdDate"_s, record.createdDate);
    writeDate(u"modifiedDate"_s, record.modifiedDate);
    member(u"createdBy"_s, record.createdBy);
    member(u"values"_s, QJsonValue(record.values));
    m_json.endObject();
}

// The principal by reference only: a token by name, a user by address.
void ConfigWriter::writeSavedRequest(const SavedRequest &request)
{
    m_json.beginObject();
    member(u"name"_s, request.name);
    if (request.target == SavedRequest::Target::Workflow) {
        member(u"workflow"_s, request.workflow);
    } else {
        member(u"dataType"_s, request.dataType);
        member(u"operation"_s, SavedRequest::operationId(request.operation));
        if (request.needsRecordId())
            member(u"recordId"_s, request.recordId);
    }
    member(u"as"_s, request.principal.toText());
    member(u"body"_s, QJsonValue(request.body));
    m_json.key(u"query"_s);
    m_json.beginArray();
    for (const auto &[key, value] : request.query) {
        m_json.beginObject();
        member(u"key"_s, key);
        member(u"value"_s, value);
        m_json.endObject();
    }
    m_json.endArray();
    member(u"expectedStatus"_s, request.expectedStatus);
    member(u"expectedBody"_s, QJsonValue(request.expectedBody));
    m_json.endObject();
}

void ConfigWriter::writeAcceptedFinding(const AcceptedFinding &accepted)
{
    m_json.beginObject();
    member(u"check"_s, accepted.checkId);
    member(u"setting"_s, accepted.settingPath);
    member(u"reason"_s, accepted.reason);
    writeDate(u"acceptedAt"_s, accepted.acceptedAt);
    m_json.endObject();
}

void ConfigWriter::writeDate(const QString &key, const QDateTime &date)
{
    m_json.key(key);
    if (date.isValid())
        m_json.value(dateText(date));
    else
        m_json.null();
}

} // namespace gatehouse
