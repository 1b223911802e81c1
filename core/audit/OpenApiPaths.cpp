#include "OpenApiPaths.h"

#include "WorkflowFacts.h"

#include <QJsonArray>

using namespace Qt::Literals::StringLiterals;

namespace gatehouse::audit {

namespace {
QJsonObject json(const QJsonObject &schema)
{
    return {{u"application/json"_s, QJsonObject{{u"schema"_s, schema}}}};
}

QJsonObject response(const QString &description, const QString &schemaName)
{
    return {{u"description"_s, description}, {u"content"_s, json(OpenApiSchemas::ref(schemaName))}};
}

QJsonObject tooMany()
{
    QJsonObject r = response(u"Too many requests: a rate limit of the project"_s, u"Message"_s);
    r.insert(u"headers"_s,
             QJsonObject{{u"Retry-After"_s,
                          QJsonObject{{u"description"_s, u"Seconds to wait"_s},
                                      {u"schema"_s, QJsonObject{{u"type"_s, u"integer"_s},
                                                                {u"format"_s, u"int32"_s},
                                                                {u"minimum"_s, 0},
                                                                {u"maximum"_s, 86400}}}}}});
    return r;
}
} // namespace

OpenApiPaths::OpenApiPaths(const AuditContext &context, const OpenApiSchemas &schemas)
    : m_context(context), m_schemas(schemas)
{
}

QJsonArray OpenApiPaths::security(Caller caller)
{
    switch (caller) {
    case Caller::Anyone:
        return {QJsonObject{}, QJsonObject{{u"bearer"_s, QJsonArray{}}}};
    case Caller::AnyToken:
        return {QJsonObject{{u"bearer"_s, QJsonArray{}}}};
    case Caller::AdminToken:
        break;
    }
    return {QJsonObject{{u"adminBearer"_s, QJsonArray{}}}};
}

OpenApiPaths::Caller OpenApiPaths::dataCaller(const DataType &type, Op op) const
{
    Caller caller = Caller::AdminToken;
    for (const Principal &principal : m_context.principals()) {
        if (m_context.data(type, op, principal).verdict == AccessAnswer::Verdict::Refused)
            continue;
        if (principal.isAnonymous())
            return Caller::Anyone;
        caller = Caller::AnyToken;
    }
    return caller;
}

QJsonObject OpenApiPaths::errors() const
{
    QJsonObject out{
        {u"401"_s, response(u"A bad, expired or revoked token, or none where one is needed"_s,
                            u"Unauthorized"_s)},
        {u"403"_s, response(u"The token's scopes do not allow this"_s, u"Forbidden"_s)},
        {u"404"_s, response(u"Not found, not exposed, or the API is off"_s, u"StatusBody"_s)},
        {u"405"_s, response(u"Wrong method"_s, u"Message"_s)},
        {u"429"_s, tooMany()},
        {u"503"_s, response(u"The change could not be committed"_s, u"Message"_s)}};
    out.insert(u"400"_s,
               response(u"A missing or malformed parameter, or a failed step"_s, u"StatusBody"_s));
    return out;
}

QJsonObject OpenApiPaths::workflows() const
{
    QJsonObject paths;
    for (const Workflow &workflow : m_context.project().workflows) {
        if (!m_context.reachable(workflow))
            continue;
        const QString method = workflow.method == HttpMethod::Get ? u"get"_s : u"post"_s;
        paths.insert(u"/wf/"_s + workflow.name, QJsonObject{{method, workflowOperation(workflow)}});
    }
    return paths;
}

QJsonArray OpenApiPaths::queryParameters(const Workflow &workflow) const
{
    QJsonArray parameters;
    for (const Parameter &p : workflow.parameters)
        parameters.append(QJsonObject{{u"name"_s, p.key},
                                      {u"in"_s, u"query"_s},
                                      {u"required"_s, !p.optional},
                                      {u"schema"_s, m_schemas.ofField(p.type)}});
    return parameters;
}

QJsonObject OpenApiPaths::workflowRequest(const Workflow &workflow) const
{
    QJsonObject properties;
    QStringList required;
    for (const Parameter &p : workflow.parameters) {
        properties.insert(p.key, m_schemas.ofField(p.type));
        if (!p.optional)
            required << p.key;
    }
    QJsonObject schema = OpenApiSchemas::object(properties, required);
    schema.insert(u"additionalProperties"_s, true);
    schema.insert(u"maxProperties"_s, 1000);
    return {{u"required"_s, !required.isEmpty()},
            {u"content"_s, QJsonObject{{u"application/json"_s, QJsonObject{{u"schema"_s, schema}}},
                                       {u"application/x-www-form-urlencoded"_s,
                                        QJsonObject{{u"schema"_s, schema}}}}}};
}

QJsonObject OpenApiPaths::workflowSuccess(const Workflow &workflow) const
{
    QJsonObject keys;
    const WorkflowFacts facts(m_context.project(), workflow);
    if (facts.has(ActionKind::LogIn) || facts.has(ActionKind::SignUp)) {
        keys.insert(u"token"_s, m_schemas.text());
        keys.insert(u"user_id"_s, m_schemas.id());
        keys.insert(u"expires"_s, QJsonObject{{u"type"_s, u"integer"_s},
                                              {u"format"_s, u"int32"_s},
                                              {u"minimum"_s, 0},
                                              {u"maximum"_s, 2147483647}});
    }
    for (const Action &action : workflow.actions) {
        if (action.kind != ActionKind::ReturnData)
            continue;
        for (const Assignment &a : action.assignments)
            keys.insert(a.key,
                        QJsonObject{{u"description"_s, u"the value of `%1`"_s.arg(a.value)}});
    }
    QJsonObject inner = OpenApiSchemas::object(keys);
    QJsonObject envelope =
        OpenApiSchemas::object({{u"status"_s, QJsonObject{{u"type"_s, u"string"_s},
                                                          {u"enum"_s, QJsonArray{u"success"_s}}}},
                                {u"response"_s, inner}},
                               {u"status"_s, u"response"_s});
    envelope.insert(u"additionalProperties"_s, false);
    return {{u"description"_s, u"The workflow ran"_s}, {u"content"_s, json(envelope)}};
}

QJsonObject OpenApiPaths::workflowOperation(const Workflow &workflow) const
{
    const Caller caller = m_context.anonymousMayCall(workflow) ? Caller::Anyone
                          : m_context.userMayCall(workflow)    ? Caller::AnyToken
                                                               : Caller::AdminToken;
    const bool query = workflow.parameterSource == ParameterSource::Querystring;
    QJsonObject responses = errors();
    responses.insert(u"200"_s, workflowSuccess(workflow));
    if (!workflow.condition.trimmed().isEmpty()) {
        const QString code = workflow.return200IfConditionNotMet ? u"200"_s : u"400"_s;
        if (code == u"400"_s)
            responses.insert(
                u"400"_s,
                QJsonObject{
                    {u"description"_s,
                     u"A bad parameter, a failed step, or the condition was not met (NOT_RUN)"_s},
                    {u"content"_s,
                     json(QJsonObject{
                         {u"oneOf"_s, QJsonArray{OpenApiSchemas::ref(u"StatusBody"_s),
                                                 OpenApiSchemas::ref(u"NotRun"_s)}}})}});
    }
    QString description = workflow.description;
    description += u"\n\nAuthentication: %1."_s.arg(authModeDisplayName(workflow.authentication));
    QJsonObject operation{{u"tags"_s, QJsonArray{u"Workflow"_s}},
                          {u"operationId"_s, u"wf_"_s + workflow.name},
                          {u"summary"_s, u"Run workflow %1"_s.arg(workflow.name)},
                          {u"description"_s, description.trimmed()},
                          {u"security"_s, security(caller)},
                          {u"responses"_s, responses}};
    if (query && !workflow.parameters.isEmpty())
        operation.insert(u"parameters"_s, queryParameters(workflow));
    else if (!query && workflow.method == HttpMethod::Post)
        operation.insert(u"requestBody"_s, workflowRequest(workflow));
    return operation;
}

QJsonObject OpenApiPaths::dataOperation(const DataType &type, Op op, const QString &summary,
                                        const QJsonObject &success) const
{
    const AccessAnswer anonymous = m_context.data(type, op, Principal::anonymous());
    const bool open = anonymous.verdict != AccessAnswer::Verdict::Refused;
    QJsonObject responses = errors();
    responses.insert(u"500"_s,
                     response(u"The live data could not be read or written"_s, u"StatusBody"_s));
    for (auto it = success.begin(); it != success.end(); ++it)
        responses.insert(it.key(), it.value());
    QString opName = DataApiGate::operationName(op);
    opName.replace(u' ', u'_');
    QString description = u"Privacy rules decide each record."_s;
    if (open)
        description += u" Without a token: "_s + anonymous.reason + u'.';
    return {{u"tags"_s, QJsonArray{u"Data"_s}},
            {u"operationId"_s, u"%1_%2"_s.arg(opName, type.apiName())},
            {u"summary"_s, summary},
            {u"description"_s, description},
            {u"security"_s, security(dataCaller(type, op))},
            {u"responses"_s, responses}};
}

QJsonArray OpenApiPaths::listParameters() const
{
    const auto integer = [](int minimum, int maximum) {
        return QJsonObject{{u"type"_s, u"integer"_s},
                           {u"format"_s, u"int32"_s},
                           {u"minimum"_s, minimum},
                           {u"maximum"_s, maximum}};
    };
    const auto query = [](const QString &name, const QJsonObject &schema) {
        return QJsonObject{{u"name"_s, name}, {u"in"_s, u"query"_s}, {u"schema"_s, schema}};
    };
    QJsonObject limit = integer(1, 100);
    limit.insert(u"default"_s, 100);
    const QJsonObject words{{u"type"_s, u"string"_s}, {u"maxLength"_s, 8192}};
    return {query(u"limit"_s, limit), query(u"cursor"_s, integer(0, 2147483647)),
            query(u"sort_field"_s, QJsonObject{{u"type"_s, u"string"_s}, {u"maxLength"_s, 256}}),
            query(u"descending"_s, QJsonObject{{u"type"_s, u"boolean"_s}}),
            query(u"constraints"_s, words)};
}

QJsonObject OpenApiPaths::bulk(const DataType &type) const
{
    const QJsonObject lines{{u"text/plain"_s, QJsonObject{{u"schema"_s, m_schemas.text()}}}};
    QJsonObject op = dataOperation(
        type, Op::Bulk, u"Create %1 things, one JSON object a line"_s.arg(type.apiName()),
        {{u"200"_s, QJsonObject{{u"description"_s, u"One status line per input line"_s},
                                {u"content"_s, lines}}}});
    op.insert(u"requestBody"_s, QJsonObject{{u"required"_s, true}, {u"content"_s, lines}});
    return op;
}

QJsonObject OpenApiPaths::dataTypes() const
{
    QJsonObject paths;
    for (const DataType &type : m_context.project().dataTypes) {
        if (!m_context.dataReachable(type))
            continue;
        const QString name = type.apiName();
        const QJsonObject thingRef = OpenApiSchemas::ref(u"Thing_"_s + name);
        const QJsonObject body{{u"required"_s, true},
                               {u"content"_s, json(OpenApiSchemas::ref(u"Body_"_s + name))}};
        // An example of the shape the engine gives ids, for the tools that
        // call each operation (dredd refuses a path parameter without one).
        const QJsonObject idParam{{u"name"_s, u"id"_s},
                                  {u"in"_s, u"path"_s},
                                  {u"required"_s, true},
                                  {u"schema"_s, m_schemas.id()},
                                  {u"example"_s, u"1767603600000x100000000000000011"_s}};
        const QJsonObject noContent{
            {u"204"_s, QJsonObject{{u"description"_s, u"Done; no body"_s}}}};
        QJsonObject results = OpenApiSchemas::object(
            {{u"cursor"_s, QJsonObject{{u"type"_s, u"integer"_s},
                                       {u"format"_s, u"int32"_s},
                                       {u"minimum"_s, 0},
                                       {u"maximum"_s, 2147483647}}},
             {u"count"_s, QJsonObject{{u"type"_s, u"integer"_s},
                                      {u"format"_s, u"int32"_s},
                                      {u"minimum"_s, 0},
                                      {u"maximum"_s, 100}}},
             {u"remaining"_s, QJsonObject{{u"type"_s, u"integer"_s},
                                          {u"format"_s, u"int32"_s},
                                          {u"minimum"_s, 0},
                                          {u"maximum"_s, 2147483647}}},
             {u"results"_s,
              QJsonObject{{u"type"_s, u"array"_s}, {u"items"_s, thingRef}, {u"maxItems"_s, 100}}}});
        QJsonObject list = dataOperation(
            type, Op::List, u"Search for %1 things"_s.arg(name),
            {{u"200"_s,
              QJsonObject{{u"description"_s, u"What the caller may find"_s},
                          {u"content"_s, json(OpenApiSchemas::object({{u"response"_s, results}},
                                                                     {u"response"_s}))}}}});
        list.insert(u"parameters"_s, listParameters());
        QJsonObject create = dataOperation(
            type, Op::Create, u"Create a %1"_s.arg(name),
            {{u"201"_s, QJsonObject{{u"description"_s, u"Created"_s},
                                    {u"content"_s,
                                     json(OpenApiSchemas::object({{u"status"_s, m_schemas.text()},
                                                                  {u"id"_s, m_schemas.id()}},
                                                                 {u"status"_s, u"id"_s}))}}}});
        create.insert(u"requestBody"_s, body);
        QJsonObject get = dataOperation(
            type, Op::Get, u"Get a %1 by id"_s.arg(name),
            {{u"200"_s,
              QJsonObject{{u"description"_s, u"The thing"_s},
                          {u"content"_s, json(OpenApiSchemas::object({{u"response"_s, thingRef}},
                                                                     {u"response"_s}))}}}});
        QJsonObject modify =
            dataOperation(type, Op::Modify, u"Change fields of a %1"_s.arg(name), noContent);
        modify.insert(u"requestBody"_s, body);
        QJsonObject replace =
            dataOperation(type, Op::Replace, u"Replace a %1"_s.arg(name), noContent);
        replace.insert(u"requestBody"_s, body);
        QJsonObject remove = dataOperation(type, Op::Delete, u"Delete a %1"_s.arg(name), noContent);
        paths.insert(u"/obj/"_s + name, QJsonObject{{u"get"_s, list}, {u"post"_s, create}});
        paths.insert(u"/obj/"_s + name + u"/{id}"_s,
                     QJsonObject{{u"parameters"_s, QJsonArray{idParam}},
                                 {u"get"_s, get},
                                 {u"patch"_s, modify},
                                 {u"put"_s, replace},
                                 {u"delete"_s, remove}});
        paths.insert(u"/obj/"_s + name + u"/bulk"_s, QJsonObject{{u"post"_s, bulk(type)}});
    }
    return paths;
}

} // namespace gatehouse::audit
