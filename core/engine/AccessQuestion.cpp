#include "AccessQuestion.h"

#include "Authenticator.h"
#include "ExprRuleConditions.h"
#include "OperationTable.h"
#include "PrincipalRules.h"
#include "PrivacyGate.h"
#include "PrivacyMode.h"
#include "Reachability.h"
#include "Route.h"
#include "WorkflowGate.h"

using namespace Qt::Literals::StringLiterals;

namespace gatehouse {

using Op = DataApiGate::Operation;

AccessQuestion::AccessQuestion(const Project &project, const DataStore &store, const Clock &clock)
    : m_project(project), m_store(store), m_clock(clock)
{
}

AccessAnswer AccessQuestion::fromTrace(const Trace &trace, bool allowed)
{
    const TraceStep *step = trace.decidingStep();
    AccessAnswer answer;
    answer.verdict = allowed ? AccessAnswer::Verdict::Allowed : AccessAnswer::Verdict::Refused;
    answer.reason = step ? step->reason : QString();
    answer.decidedBy = step ? step->subject : QString();
    return answer;
}

const Workflow *AccessQuestion::resolveWorkflow(const QString &workflowName, Trace &trace) const
{
    const Workflow *known = m_project.findWorkflow(workflowName);
    const QByteArray method = known && known->method == HttpMethod::Get ? "GET" : "POST";
    const auto resolution = WorkflowGate::resolve(
        m_project, Route{Route::Kind::Workflow, workflowName, {}, {}}, method, trace);
    return std::holds_alternative<EngineResponse>(resolution)
               ? nullptr
               : std::get<const Workflow *>(resolution);
}

AccessAnswer AccessQuestion::workflow(const QString &workflowName, const Principal &principal) const
{
    Trace trace;
    const Workflow *workflow = resolveWorkflow(workflowName, trace);
    if (!workflow)
        return fromTrace(trace, false);
    const bool refused = WorkflowGate::authorize(*workflow, principal, m_clock, trace).has_value();
    return fromTrace(trace, !refused);
}

AccessAnswer AccessQuestion::workflow(const QString &workflowName,
                                      const EngineRequest &request) const
{
    Trace trace;
    const Workflow *workflow = resolveWorkflow(workflowName, trace);
    if (!workflow)
        return fromTrace(trace, false);
    const auto outcome = Authenticator(m_project, &m_store, m_clock).authenticate(request, trace);
    const auto *principal = std::get_if<Principal>(&outcome);
    if (!principal)
        return fromTrace(trace, false);
    const bool refused = WorkflowGate::authorize(*workflow, *principal, m_clock, trace).has_value();
    return fromTrace(trace, !refused);
}

AccessAnswer AccessQuestion::dataOperation(const QString &typeName, Op operation,
                                           const Principal &principal,
                                           const QString &recordId) const
{
    const DataType *type = m_project.findDataType(typeName);
    if (!type)
        return {AccessAnswer::Verdict::Refused, u"no data type `%1`"_s.arg(typeName),
                u"data type `%1`"_s.arg(typeName)};
    Trace trace;
    const auto resolution = DataApiGate::resolve(m_project, routeFor(*type, operation, recordId),
                                                 methodFor(operation), trace);
    if (std::holds_alternative<EngineResponse>(resolution))
        return fromTrace(trace, false);
    if (DataApiGate::authorize(std::get<DataApiGate::Target>(resolution), principal, trace))
        return fromTrace(trace, false);
    if (recordId.isEmpty())
        return forType(*type, operation, principal);
    const Result<std::optional<Record>> found = m_store.record(recordId);
    if (!found)
        return {AccessAnswer::Verdict::Refused,
                u"the live data could not be read: %1"_s.arg(found.errorMessage()),
                u"the live data"_s};
    const std::optional<Record> &record = found.value();
    if (!record || record->type != type->name)
        return {AccessAnswer::Verdict::Refused, u"no %1 has id `%2`"_s.arg(type->name, recordId),
                u"data type `%1`"_s.arg(type->name)};
    const ExprRuleConditions conditions(m_project, m_store, m_clock);
    const RecordAccess access = PrivacyGate(m_project, conditions).accessTo(*record, principal);
    return forRecord(*type, operation, principal, access);
}

// As the Data API decides on one record: a record the caller cannot find is
// missing to it (404); then the operation's other needs (OperationTable).
AccessAnswer AccessQuestion::forRecord(const DataType &type, Op operation,
                                       const Principal &principal, const RecordAccess &access)
{
    const QString subject = u"data type `%1`"_s.arg(type.name);
    const QString missing = OperationTable::missingPermission(access.permissions, operation);
    if (missing.isEmpty())
        return {AccessAnswer::Verdict::Allowed,
                u"%1 lets %2 %3 this record"_s.arg(access.describe(), principal.describe(),
                                                   DataApiGate::operationName(operation)),
                subject};
    return {AccessAnswer::Verdict::Refused,
            u"%1 does not let %2 %3 this record (no %4)"_s.arg(
                access.describe(), principal.describe(), DataApiGate::operationName(operation),
                missing),
            subject};
}

// Over the type as the principal meets its rules (PrincipalRules): a rule
// its condition decides for the principal alone answers for every record.
AccessAnswer AccessQuestion::forType(const DataType &type, Op operation,
                                     const Principal &principal) const
{
    const QString name = DataApiGate::operationName(operation);
    if (PrivacyModes::bypasses(PrivacyModes::forDataApi(principal)))
        return {AccessAnswer::Verdict::Allowed, u"an admin token bypasses privacy rules"_s,
                u"privacy rules bypassed"_s};
    const ExprRuleConditions ruleConditions(m_project, m_store, m_clock);
    const PrincipalRules seen = PrincipalRules::of(type, principal, ruleConditions);
    const QString holding = seen.holding.isEmpty()
                                ? u"everyone else"_s
                                : u"rule `%1`"_s.arg(seen.holding.join(u"`, `"_s));
    QStringList granting;
    QStringList conditions; // the same rules, with their conditions in words
    for (const PrivacyRule &rule : seen.type.privacyRules) {
        if (!OperationTable::rulesAllow(rule.permissions, operation))
            continue;
        granting << u'`' + rule.name + u'`';
        conditions << u"`%1` (%2)"_s.arg(rule.name, rule.condition);
    }
    const bool everyoneElse = OperationTable::rulesAllow(seen.type.everyoneElse, operation);
    switch (OperationTable::overType(seen.type, operation)) {
    case OperationTable::Reach::Everywhere:
        if (!seen.holding.isEmpty())
            return {AccessAnswer::Verdict::Allowed,
                    u"%1 holds for the caller on every %2 and lets it %3"_s.arg(holding, type.name,
                                                                                name),
                    holding};
        return {AccessAnswer::Verdict::Allowed,
                u"everyone else and every rule may %1 every %2"_s.arg(name, type.name),
                u"everyone else"_s};
    case OperationTable::Reach::Nowhere:
        return {
            AccessAnswer::Verdict::Refused,
            u"no privacy rule of %1 that can hold for the caller grants %2"_s.arg(type.name, name),
            u"data type `%1`"_s.arg(type.name)};
    case OperationTable::Reach::Somewhere:
        break;
    }
    if (granting.isEmpty())
        granting = conditions = {u"a combination of rules"_s};
    if (everyoneElse) {
        const QString otherwise = seen.holding.isEmpty() ? u"no rule"_s : holding;
        granting << otherwise;
        conditions << otherwise;
    }
    return {AccessAnswer::Verdict::DependsOnRecord,
            u"allowed on the records where %1 holds"_s.arg(conditions.join(u" or "_s)),
            granting.join(u", "_s)};
}

AccessAnswer AccessQuestion::dataOperation(const QString &typeName, Op operation,
                                           const EngineRequest &request,
                                           const QString &recordId) const
{
    const DataType *type = m_project.findDataType(typeName);
    Trace trace;
    const Route route = type ? routeFor(*type, operation, recordId)
                             : Route{Route::Kind::DataCollection, typeName.toLower(), {}, {}};
    const Authenticator authenticator(m_project, &m_store, m_clock);
    if (Reachability::dataApiAuthenticatesFirst(m_project.settings) &&
        std::holds_alternative<EngineResponse>(authenticator.authenticate(request, trace)))
        return fromTrace(trace, false);
    if (std::holds_alternative<EngineResponse>(
            DataApiGate::resolve(m_project, route, methodFor(operation), trace)))
        return fromTrace(trace, false);
    const auto outcome = authenticator.authenticate(request, trace);
    if (const auto *principal = std::get_if<Principal>(&outcome))
        return dataOperation(typeName, operation, *principal, recordId);
    return fromTrace(trace, false);
}

Route AccessQuestion::routeFor(const DataType &type, Op operation, const QString &recordId)
{
    switch (operation) {
    case Op::List:
    case Op::Create:
        return {Route::Kind::DataCollection, type.apiName(), {}, {}};
    case Op::Bulk:
        return {Route::Kind::DataBulk, type.apiName(), {}, {}};
    default:
        return {
            Route::Kind::DataItem, type.apiName(), recordId.isEmpty() ? u"any"_s : recordId, {}};
    }
}

QByteArray AccessQuestion::methodFor(Op operation)
{
    switch (operation) {
    case Op::List:
    case Op::Get:
        return "GET";
    case Op::Create:
    case Op::Bulk:
        return "POST";
    case Op::Modify:
        return "PATCH";
    case Op::Replace:
        return "PUT";
    case Op::Delete:
        return "DELETE";
    }
    return "GET";
}

} // namespace gatehouse
