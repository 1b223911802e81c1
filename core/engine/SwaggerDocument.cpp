#include "SwaggerDocument.h"

#include "Reachability.h"
#include "BubbleResponses.h"
#include "DataQuery.h"

#include <QJsonArray>

using namespace Qt::Literals::StringLiterals;

namespace gatehouse {

namespace {
QJsonObject ref(const QString &definition)
{
    return {{u"$ref"_s, u"#/definitions/"_s + definition}};
}

QJsonObject object(const QJsonObject &properties, const QJsonArray &required = {})
{
    QJsonObject schema{{u"type"_s, u"object"_s}, {u"properties"_s, properties}};
    if (!required.isEmpty())
        schema.insert(u"required"_s, required);
    return schema;
}

const QJsonObject kMessage = object({{u"message"_s, QJsonObject{{u"type"_s, u"string"_s}}}});
} // namespace

QJsonObject SwaggerDocument::build(const Project &project, const QString &basePath,
                                   const QString &host)
{
    QJsonObject paths;
    QJsonObject definitions;
    for (const Workflow &workflow : project.workflows) {
        if (Reachability::workflowReachable(project.settings, workflow))
            paths.insert(u"/wf/"_s + workflow.name, workflowPath(workflow));
    }
    for (const DataType &type : project.dataTypes) {
        if (Reachability::dataTypeReachable(project.settings, type))
            addDataType(type, paths, definitions);
    }
    QJsonObject document = header(project, basePath, host);
    document.insert(u"paths"_s, paths);
    document.insert(u"definitions"_s, definitions);
    return document;
}

// Bubble's info, host and schemes; a local server names itself and plain
// http instead, so the file's requests reach the server that served it.
QJsonObject SwaggerDocument::header(const Project &project, const QString &basePath,
                                    const QString &host)
{
    const QString app = BubbleResponses::appId(project.name);
    const QJsonObject security = securityDefinitions(project);
    return {{u"swagger"_s, u"2.0"_s},
            {u"info"_s,
             QJsonObject{{u"title"_s, project.name},
                         {u"version"_s, u"1.0.0"_s},
                         {u"contact"_s,
                          QJsonObject{{u"email"_s, u"%1-no-reply@bubbleapps.io"_s.arg(app)}}}}},
            {u"host"_s, host.isEmpty() ? u"%1.bubbleapps.io"_s.arg(app) : host},
            {u"basePath"_s, basePath},
            {u"schemes"_s, QJsonArray{host.isEmpty() ? u"https"_s : u"http"_s}},
            {u"consumes"_s, QJsonArray{u"application/json"_s}},
            {u"produces"_s, QJsonArray{u"application/json"_s}},
            {u"tags"_s,
             QJsonArray{
                 QJsonObject{{u"name"_s, u"Workflow"_s},
                             {u"description"_s, u"Use this to trigger a workflow"_s}},
                 QJsonObject{{u"name"_s, u"Data"_s},
                             {u"description"_s, u"Use this to fetch, modify and delete data"_s}}}},
            {u"securityDefinitions"_s, security},
            {u"security"_s, globalSecurity(security)}};
}

QJsonObject SwaggerDocument::securityDefinitions(const Project &project)
{
    QJsonObject security{
        {u"api_token"_s,
         QJsonObject{{u"type"_s, u"apiKey"_s}, {u"name"_s, u"api_token"_s}, {u"in"_s, u"query"_s}}},
        {u"bearer"_s, QJsonObject{{u"type"_s, u"apiKey"_s},
                                  {u"name"_s, u"Authorization"_s},
                                  {u"in"_s, u"header"_s}}}};
    if (!project.settings.tokensInQuerystring)
        security.remove(u"api_token"_s);
    return security;
}

// Any one of the schemes will do: Swagger's list of alternatives.
QJsonArray SwaggerDocument::globalSecurity(const QJsonObject &definitions)
{
    QJsonArray security;
    for (const QString &scheme : definitions.keys())
        security.append(QJsonObject{{scheme, QJsonArray{}}});
    return security;
}

QJsonObject SwaggerDocument::workflowPath(const Workflow &workflow)
{
    QJsonObject properties;
    QJsonArray required;
    QJsonArray parameters;
    const bool inQuery = workflow.parameterSource == ParameterSource::Querystring;
    for (const Parameter &parameter : workflow.parameters) {
        if (inQuery) {
            QJsonObject p = schemaOf(parameter.type);
            p.insert(u"name"_s, parameter.key);
            p.insert(u"in"_s, u"query"_s);
            p.insert(u"required"_s, !parameter.optional);
            parameters.append(p);
        } else {
            properties.insert(parameter.key, schemaOf(parameter.type));
            if (!parameter.optional)
                required.append(parameter.key);
        }
    }
    if (!inQuery && !workflow.parameters.isEmpty())
        parameters.append(QJsonObject{{u"name"_s, u"body"_s},
                                      {u"in"_s, u"body"_s},
                                      {u"required"_s, !required.isEmpty()},
                                      {u"schema"_s, object(properties, required)}});
    QJsonObject operation{
        {u"tags"_s, QJsonArray{u"Workflow"_s}},
        {u"summary"_s, workflow.description.isEmpty() ? workflow.name : workflow.description},
        {u"operationId"_s, workflow.name},
        {u"parameters"_s, parameters},
        {u"responses"_s, responses(200, u"Workflow response"_s, workflowResponse(workflow),
                                   u"Workflow failure"_s)}};
    if (workflow.authentication == AuthMode::NoneRequired)
        operation.insert(u"security"_s, QJsonArray{});
    return {{workflow.method == HttpMethod::Get ? u"get"_s : u"post"_s, operation}};
}

// {status, response{...}}; a workflow that logs a user in or signs one up
// lists the user_id, token and expires it returns.
QJsonObject SwaggerDocument::workflowResponse(const Workflow &workflow)
{
    QJsonObject response{{u"type"_s, u"object"_s}};
    const bool logsIn =
        std::any_of(workflow.actions.begin(), workflow.actions.end(), [](const Action &action) {
            return action.kind == ActionKind::LogIn || action.kind == ActionKind::SignUp;
        });
    if (logsIn)
        response = object(
            {{u"user_id"_s, QJsonObject{{u"type"_s, u"string"_s}}},
             {u"token"_s, QJsonObject{{u"type"_s, u"string"_s}}},
             {u"expires"_s, QJsonObject{{u"type"_s, u"number"_s}, {u"format"_s, u"float"_s}}}});
    return object(
        {{u"status"_s, QJsonObject{{u"type"_s, u"string"_s}}}, {u"response"_s, response}});
}

void SwaggerDocument::addDataType(const DataType &type, QJsonObject &paths,
                                  QJsonObject &definitions)
{
    const QString name = type.apiName();
    QJsonObject body;
    for (const Field &field : type.fields)
        body.insert(field.name, schemaOf(field.type));
    definitions.insert(name, thingDefinition(type));
    definitions.insert(name + u"Body"_s, object(body));
    const QJsonArray tags{u"Data"_s};
    const QJsonObject bodyParameter{
        {u"name"_s, u"body"_s}, {u"in"_s, u"body"_s}, {u"schema"_s, ref(name + u"Body"_s)}};
    const QJsonObject idParameter{{u"name"_s, u"UniqueID"_s},
                                  {u"in"_s, u"path"_s},
                                  {u"required"_s, true},
                                  {u"type"_s, u"string"_s}};
    auto op = [&](const QString &summary, const QJsonArray &parameters, const QJsonObject &result) {
        return QJsonObject{{u"tags"_s, tags},
                           {u"summary"_s, summary},
                           {u"parameters"_s, parameters},
                           {u"responses"_s, result}};
    };
    const QJsonObject none;
    paths.insert(
        u"/obj/"_s + name,
        QJsonObject{
            {u"get"_s,
             op(u"Search for %1 things"_s.arg(name), listParameters(),
                responses(
                    200, u"Search results"_s,
                    object({{u"response"_s,
                             object({{u"results"_s, QJsonObject{{u"type"_s, u"array"_s},
                                                                {u"items"_s, ref(name)}}}})}})))},
            {u"post"_s,
             op(u"Create a %1"_s.arg(name), {bodyParameter},
                responses(201, u"Created"_s,
                          object({{u"status"_s, QJsonObject{{u"type"_s, u"string"_s}}},
                                  {u"id"_s, QJsonObject{{u"type"_s, u"string"_s}}}})))}});
    paths.insert(
        u"/obj/"_s + name + u"/{UniqueID}"_s,
        QJsonObject{
            {u"get"_s, op(u"Get a %1"_s.arg(name), {idParameter},
                          responses(200, u"The thing"_s, object({{u"response"_s, ref(name)}})))},
            {u"patch"_s, op(u"Modify a %1"_s.arg(name), {idParameter, bodyParameter},
                            responses(204, u"Modified"_s, none))},
            {u"put"_s, op(u"Replace a %1"_s.arg(name), {idParameter, bodyParameter},
                          responses(204, u"Replaced"_s, none))},
            {u"delete"_s,
             op(u"Delete a %1"_s.arg(name), {idParameter}, responses(204, u"Deleted"_s, none))}});
}

// What a Data API get returns: the built-in fields, Slug, then the type's.
QJsonObject SwaggerDocument::thingDefinition(const DataType &type)
{
    const QJsonObject text{{u"type"_s, u"string"_s}};
    const QJsonObject date{{u"type"_s, u"string"_s}, {u"format"_s, u"date-time"_s}};
    QJsonObject thing{{u"_id"_s, text},
                      {u"Created Date"_s, date},
                      {u"Modified Date"_s, date},
                      {u"Created By"_s, text},
                      {u"Slug"_s, text}};
    for (const Field &field : type.fields)
        thing.insert(field.name, schemaOf(field.type));
    return object(thing);
}

// As Bubble's file lists them: limit and cursor as int32, limit's default
// 50 and maximum 100 (the server's own default is 100; docs/engine.md).
QJsonArray SwaggerDocument::listParameters()
{
    auto query = [](const QString &name, const QString &type) {
        return QJsonObject{{u"name"_s, name}, {u"in"_s, u"query"_s}, {u"type"_s, type}};
    };
    QJsonObject limit = query(u"limit"_s, u"integer"_s);
    limit.insert(u"format"_s, u"int32"_s);
    limit.insert(u"default"_s, 50);
    limit.insert(u"maximum"_s, DataQuery::maxLimit);
    limit.insert(u"description"_s, u"The number of items to return, maximum is 100"_s);
    QJsonObject cursor = query(u"cursor"_s, u"integer"_s);
    cursor.insert(u"format"_s, u"int32"_s);
    cursor.insert(u"default"_s, 0);
    return {limit,
            cursor,
            query(u"sort_field"_s, u"string"_s),
            query(u"descending"_s, u"boolean"_s),
            query(u"additional_sort_fields"_s, u"string"_s),
            query(u"constraints"_s, u"string"_s)};
}

QJsonObject SwaggerDocument::schemaOf(const FieldType &type)
{
    QJsonObject scalar;
    switch (type.kind) {
    case FieldKind::Number:
        scalar = {{u"type"_s, u"number"_s}};
        break;
    case FieldKind::YesNo:
        scalar = {{u"type"_s, u"boolean"_s}};
        break;
    case FieldKind::Date:
        scalar = {{u"type"_s, u"string"_s}, {u"format"_s, u"date-time"_s}};
        break;
    default:
        scalar = {{u"type"_s, u"string"_s}};
        break;
    }
    if (!type.isList)
        return scalar;
    return {{u"type"_s, u"array"_s}, {u"items"_s, scalar}};
}

QJsonObject SwaggerDocument::responses(int code, const QString &success,
                                       const QJsonObject &successSchema, const QString &failure)
{
    QJsonObject ok{{u"description"_s, success}};
    if (!successSchema.isEmpty())
        ok.insert(u"schema"_s, successSchema);
    const QJsonObject text{{u"type"_s, u"string"_s}};
    const QJsonObject statusMessage = object({{u"status"_s, text}, {u"message"_s, text}});
    const QJsonObject codeMessage = object({{u"code"_s, text}, {u"message"_s, text}});
    auto error = [](const QString &description, const QJsonObject &schema) {
        return QJsonObject{{u"description"_s, description}, {u"schema"_s, schema}};
    };
    return {{QString::number(code), ok},
            {u"400"_s, error(failure, statusMessage)},
            {u"401"_s, error(u"Not permitted"_s, kMessage)},
            {u"404"_s, error(u"Not found"_s, kMessage)},
            {u"405"_s, error(u"Wrong method"_s, kMessage)},
            {u"429"_s, error(u"Too many requests"_s, kMessage)},
            {u"500"_s, error(u"Internal server error"_s, codeMessage)},
            {u"503"_s, error(u"Service unavailable"_s, kMessage)}};
}

} // namespace gatehouse
