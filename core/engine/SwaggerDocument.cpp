#include "SwaggerDocument.h"

#include "Reachability.h"

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

QJsonObject SwaggerDocument::build(const Project &project, const QString &basePath)
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
    QJsonObject security{
        {u"api_token"_s,
         QJsonObject{{u"type"_s, u"apiKey"_s}, {u"name"_s, u"api_token"_s}, {u"in"_s, u"query"_s}}},
        {u"bearer"_s, QJsonObject{{u"type"_s, u"apiKey"_s},
                                  {u"name"_s, u"Authorization"_s},
                                  {u"in"_s, u"header"_s}}}};
    if (!project.settings.tokensInQuerystring)
        security.remove(u"api_token"_s);
    return {{u"swagger"_s, u"2.0"_s},
            {u"info"_s, QJsonObject{{u"title"_s, project.name}, {u"version"_s, u"1.0.0"_s}}},
            {u"basePath"_s, basePath},
            {u"schemes"_s, QJsonArray{u"http"_s}},
            {u"consumes"_s, QJsonArray{u"application/json"_s}},
            {u"produces"_s, QJsonArray{u"application/json"_s}},
            {u"tags"_s,
             QJsonArray{
                 QJsonObject{{u"name"_s, u"Workflow"_s},
                             {u"description"_s, u"Use this to trigger a workflow"_s}},
                 QJsonObject{{u"name"_s, u"Data"_s},
                             {u"description"_s, u"Use this to fetch, modify and delete data"_s}}}},
            {u"securityDefinitions"_s, security},
            {u"paths"_s, paths},
            {u"definitions"_s, definitions}};
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
    const QJsonObject response = object({{u"status"_s, QJsonObject{{u"type"_s, u"string"_s}}},
                                         {u"response"_s, QJsonObject{{u"type"_s, u"object"_s}}}});
    QJsonObject operation{
        {u"tags"_s, QJsonArray{u"Workflow"_s}},
        {u"summary"_s, workflow.description.isEmpty() ? workflow.name : workflow.description},
        {u"operationId"_s, workflow.name},
        {u"parameters"_s, parameters},
        {u"responses"_s, responses(u"Workflow response"_s, response)}};
    if (workflow.authentication == AuthMode::NoneRequired)
        operation.insert(u"security"_s, QJsonArray{});
    return {{workflow.method == HttpMethod::Get ? u"get"_s : u"post"_s, operation}};
}

void SwaggerDocument::addDataType(const DataType &type, QJsonObject &paths,
                                  QJsonObject &definitions)
{
    const QString name = type.apiName();
    QJsonObject thing{
        {u"_id"_s, QJsonObject{{u"type"_s, u"string"_s}}},
        {u"Created Date"_s, QJsonObject{{u"type"_s, u"string"_s}, {u"format"_s, u"date-time"_s}}},
        {u"Modified Date"_s, QJsonObject{{u"type"_s, u"string"_s}, {u"format"_s, u"date-time"_s}}},
        {u"Created By"_s, QJsonObject{{u"type"_s, u"string"_s}}}};
    QJsonObject body;
    for (const Field &field : type.fields) {
        thing.insert(field.name, schemaOf(field.type));
        body.insert(field.name, schemaOf(field.type));
    }
    definitions.insert(name, object(thing));
    definitions.insert(name + u"Body"_s, object(body));
    const QJsonArray tags{u"Data"_s};
    const QJsonObject bodyParameter{
        {u"name"_s, u"body"_s}, {u"in"_s, u"body"_s}, {u"schema"_s, ref(name + u"Body"_s)}};
    const QJsonObject idParameter{{u"name"_s, u"UniqueID"_s},
                                  {u"in"_s, u"path"_s},
                                  {u"required"_s, true},
                                  {u"type"_s, u"string"_s}};
    const QJsonArray listParameters{
        QJsonObject{{u"name"_s, u"limit"_s},
                    {u"in"_s, u"query"_s},
                    {u"type"_s, u"integer"_s},
                    {u"default"_s, 100},
                    {u"maximum"_s, 100}},
        QJsonObject{{u"name"_s, u"cursor"_s},
                    {u"in"_s, u"query"_s},
                    {u"type"_s, u"integer"_s},
                    {u"default"_s, 0}},
        QJsonObject{{u"name"_s, u"sort_field"_s}, {u"in"_s, u"query"_s}, {u"type"_s, u"string"_s}},
        QJsonObject{{u"name"_s, u"descending"_s}, {u"in"_s, u"query"_s}, {u"type"_s, u"boolean"_s}},
        QJsonObject{
            {u"name"_s, u"constraints"_s}, {u"in"_s, u"query"_s}, {u"type"_s, u"string"_s}}};
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
             op(u"Search for %1 things"_s.arg(name), listParameters,
                responses(
                    u"Search results"_s,
                    object({{u"response"_s,
                             object({{u"results"_s, QJsonObject{{u"type"_s, u"array"_s},
                                                                {u"items"_s, ref(name)}}}})}})))},
            {u"post"_s,
             op(u"Create a %1"_s.arg(name), {bodyParameter}, responses(u"Created"_s, none))}});
    paths.insert(
        u"/obj/"_s + name + u"/{UniqueID}"_s,
        QJsonObject{{u"get"_s, op(u"Get a %1"_s.arg(name), {idParameter},
                                  responses(u"The thing"_s, object({{u"response"_s, ref(name)}})))},
                    {u"patch"_s, op(u"Modify a %1"_s.arg(name), {idParameter, bodyParameter},
                                    responses(u"Modified"_s, none))},
                    {u"put"_s, op(u"Replace a %1"_s.arg(name), {idParameter, bodyParameter},
                                  responses(u"Replaced"_s, none))},
                    {u"delete"_s, op(u"Delete a %1"_s.arg(name), {idParameter},
                                     responses(u"Deleted"_s, none))}});
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

QJsonObject SwaggerDocument::responses(const QString &success, const QJsonObject &successSchema)
{
    QJsonObject ok{{u"description"_s, success}};
    if (!successSchema.isEmpty())
        ok.insert(u"schema"_s, successSchema);
    const QJsonObject failure = object({{u"status"_s, QJsonObject{{u"type"_s, u"string"_s}}},
                                        {u"message"_s, QJsonObject{{u"type"_s, u"string"_s}}}});
    return {
        {u"200"_s, ok},
        {u"400"_s, QJsonObject{{u"description"_s, u"Bad request"_s}, {u"schema"_s, failure}}},
        {u"401"_s, QJsonObject{{u"description"_s, u"Not permitted"_s}, {u"schema"_s, kMessage}}},
        {u"404"_s, QJsonObject{{u"description"_s, u"Not found"_s}, {u"schema"_s, kMessage}}},
        {u"405"_s, QJsonObject{{u"description"_s, u"Wrong method"_s}, {u"schema"_s, kMessage}}},
        {u"429"_s,
         QJsonObject{{u"description"_s, u"Too many requests"_s}, {u"schema"_s, kMessage}}}};
}

} // namespace gatehouse
