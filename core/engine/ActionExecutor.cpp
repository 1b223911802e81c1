#include "ActionExecutor.h"

#include "BubbleResponses.h"
#include "OperationTable.h"
#include "Principals.h"
#include "ScheduledCaller.h"
#include "ValueJson.h"

#include "expr/Evaluator.h"
#include "expr/ParseCache.h"

using namespace Qt::Literals::StringLiterals;

namespace gatehouse {

using expr::Value;

ActionExecutor::ActionExecutor(const Project &project, DataStore &store, const Clock &clock)
    : m_project(project), m_store(store), m_clock(clock)
{
}

StepOutcome ActionExecutor::execute(const Action &action, RunState &state)
{
    switch (action.kind) {
    case ActionKind::CreateThing:
        return createThing(action, state);
    case ActionKind::MakeChanges:
        return changeThings(action, state, false);
    case ActionKind::MakeChangesToList:
        return changeThings(action, state, true);
    case ActionKind::DeleteThing:
        return deleteThings(action, state, false);
    case ActionKind::DeleteList:
        return deleteThings(action, state, true);
    case ActionKind::LogIn:
    case ActionKind::SignUp:
        return account(action, state);
    case ActionKind::LogOut:
        return logOut(state);
    case ActionKind::SendEmail:
        return sendEmail(action, state);
    case ActionKind::ScheduleWorkflow:
        return schedule(action, state);
    case ActionKind::ReturnData:
        return returnData(action, state);
    case ActionKind::Terminate:
        state.ended = true;
        return StepOutcome::done(expr::Value(), u"the workflow ends here"_s);
    }
    return StepOutcome::failed(u"unknown kind of step"_s);
}

Value ActionExecutor::evaluate(const QString &source, RunState &state, QString *problem) const
{
    const expr::ParseCache::Parsed parsed = expr::ParseCache::parseShared(source);
    if (!parsed->ok()) {
        *problem = u"`%1`: %2"_s.arg(source, parsed->error->message);
        return {};
    }
    expr::Evaluator evaluator(m_project, state.data);
    const expr::Evaluation evaluation = evaluator.evaluate(*parsed->root);
    if (!evaluation.ok())
        *problem = u"`%1`: %2"_s.arg(source, evaluation.error->message);
    return evaluation.value;
}

QString ActionExecutor::assignFields(const Action &action, const DataType &type, RunState &state,
                                     Record &record) const
{
    for (const Assignment &assignment : action.assignments) {
        const Field *field = type.findField(assignment.key);
        if (!field)
            return u"%1 has no field `%2`"_s.arg(type.name, assignment.key);
        QString problem;
        const Value value = evaluate(assignment.value, state, &problem);
        if (!problem.isEmpty())
            return problem;
        const QJsonValue json = ValueJson::toField(value, field->type, &problem);
        if (!problem.isEmpty())
            return u"field `%1`: %2"_s.arg(assignment.key, problem);
        if (json.isNull())
            record.values.remove(assignment.key);
        else
            record.values.insert(assignment.key, json);
    }
    record.modifiedDate = m_clock.now();
    return {};
}

// A token's data scope is a ceiling on what its workflows do, too.
QString ActionExecutor::outOfScope(const RunState &state, const QString &type,
                                   DataApiGate::Operation operation)
{
    const Principal &principal = state.data.principal();
    if (OperationTable::scopesAllow(principal.scopes, type, operation))
        return {};
    return OperationTable::scopeRefusal(principal.tokenName, type, operation);
}

StepOutcome ActionExecutor::createThing(const Action &action, RunState &state)
{
    const DataType *type = m_project.findDataType(action.dataType);
    if (!type)
        return StepOutcome::failed(u"no data type `%1`"_s.arg(action.dataType));
    if (const QString refused = outOfScope(state, type->name, DataApiGate::Operation::Create);
        !refused.isEmpty())
        return StepOutcome::failed(refused);
    Record record;
    record.id = BubbleResponses::newUniqueId(m_clock.now());
    record.type = type->name;
    record.createdDate = m_clock.now();
    record.createdBy = state.data.principal().isAdmin()
                           ? BubbleResponses::adminUserId(m_project.name)
                           : state.data.currentUserId().value_or(QString());
    if (const QString problem = assignFields(action, *type, state, record); !problem.isEmpty())
        return StepOutcome::failed(problem);
    if (auto inserted = m_store.insert(record); !inserted)
        return StepOutcome::failed(inserted.errorMessage());
    return StepOutcome::done(Value::thing(type->name, record.id),
                             u"created %1 `%2`"_s.arg(type->name, record.id));
}

QList<Record> ActionExecutor::targets(const Action &action, RunState &state, bool list,
                                      QString *problem) const
{
    const Value value = evaluate(action.target, state, problem);
    if (!problem->isEmpty())
        return {};
    const QList<Value> items = list ? value.items() : QList<Value>{value};
    if ((list && value.kind() != Value::Kind::List && !value.isEmpty()) ||
        (!list && value.kind() != Value::Kind::Thing)) {
        *problem =
            u"`%1` is not %2"_s.arg(action.target, list ? u"a list of things"_s : u"a thing"_s);
        return {};
    }
    QList<Record> records;
    for (const Value &item : items) {
        const Result<std::optional<Record>> record = m_store.record(item.thingId());
        if (!record) {
            *problem = record.errorMessage();
            return {};
        }
        if (record.value() && record.value()->type == action.dataType)
            records.append(*record.value());
    }
    return records;
}

StepOutcome ActionExecutor::changeThings(const Action &action, RunState &state, bool list)
{
    const DataType *type = m_project.findDataType(action.dataType);
    QString problem;
    const QList<Record> records = targets(action, state, list, &problem);
    if (!type || !problem.isEmpty())
        return StepOutcome::failed(type ? problem : u"no data type `%1`"_s.arg(action.dataType));
    if (problem = outOfScope(state, type->name, DataApiGate::Operation::Modify); !problem.isEmpty())
        return StepOutcome::failed(problem);
    QList<Value> changed;
    for (Record record : records) {
        if (problem = assignFields(action, *type, state, record); !problem.isEmpty())
            return StepOutcome::failed(problem);
        if (auto updated = m_store.update(record); !updated)
            return StepOutcome::failed(updated.errorMessage());
        changed.append(Value::thing(type->name, record.id));
    }
    const QString summary = u"changed %1 %2"_s.arg(changed.size()).arg(type->name);
    return StepOutcome::done(list ? Value::list(changed) : changed.value(0), summary);
}

StepOutcome ActionExecutor::deleteThings(const Action &action, RunState &state, bool list)
{
    QString problem;
    const QList<Record> records = targets(action, state, list, &problem);
    if (problem.isEmpty())
        problem = outOfScope(state, action.dataType, DataApiGate::Operation::Delete);
    if (!problem.isEmpty())
        return StepOutcome::failed(problem);
    QList<Value> deleted;
    for (const Record &record : records) {
        if (auto removed = m_store.remove(record.id); !removed)
            return StepOutcome::failed(removed.errorMessage());
        // A deleted user is logged out everywhere.
        if (record.type == DataType::userTypeName()) {
            const AccountActions accounts(m_store, m_project.settings, m_clock);
            if (auto ended = accounts.endSessionsOf(record.id); !ended)
                return StepOutcome::failed(ended.errorMessage());
        }
        deleted.append(Value::thing(record.type, record.id));
    }
    const QString summary = u"deleted %1 %2"_s.arg(deleted.size()).arg(action.dataType);
    return StepOutcome::done(list ? Value::list(deleted) : deleted.value(0), summary);
}

StepOutcome ActionExecutor::account(const Action &action, RunState &state)
{
    QString problem;
    auto text = [&](const QString &key) {
        const QString source = action.assignmentValue(key);
        return source.isEmpty() ? Value() : evaluate(source, state, &problem);
    };
    const Value email = text(u"email"_s);
    const Value password = text(u"password"_s);
    const Value stay = text(u"stay_logged_in"_s);
    if (!problem.isEmpty())
        return StepOutcome::failed(problem);
    if (action.kind == ActionKind::SignUp)
        problem = outOfScope(state, DataType::userTypeName(), DataApiGate::Operation::Create);
    if (!problem.isEmpty())
        return StepOutcome::failed(problem);
    const AccountActions accounts(m_store, m_project.settings, m_clock);
    const bool stayLoggedIn = stay.kind() == Value::Kind::YesNo && stay.asYesNo();
    const auto outcome = action.kind == ActionKind::LogIn
                             ? accounts.logIn(email.asText(), password.asText(), stayLoggedIn)
                             : accounts.signUp(email.asText(), password.asText(), stayLoggedIn);
    if (auto *refusal = std::get_if<EngineResponse>(&outcome)) {
        const QJsonObject body = refusal->jsonBody();
        const QString words = body.contains(u"message"_s)
                                  ? body.value(u"message"_s).toString()
                                  : body.value(u"body"_s)[u"message"_s].toString();
        return {{}, words, {}, *refusal};
    }
    const QJsonObject minted = std::get<QJsonObject>(outcome);
    for (auto it = minted.begin(); it != minted.end(); ++it)
        state.response.insert(it.key(), it.value());
    // The new user acts within the scopes of the token that logged it in.
    Principal user = Principals::user(minted.value(u"user_id"_s).toString());
    user.scopes = state.data.principal().scopes;
    state.data.setPrincipal(user);
    return StepOutcome::done(
        Value::thing(DataType::userTypeName(), user.userId),
        u"%1 user `%2`; a user token was issued"_s.arg(
            action.kind == ActionKind::LogIn ? u"logged in"_s : u"signed up"_s, user.userId));
}

StepOutcome ActionExecutor::logOut(RunState &state)
{
    const AccountActions accounts(m_store, m_project.settings, m_clock);
    if (auto result = accounts.logOut(state.data.principal()); !result)
        return StepOutcome::failed(result.errorMessage());
    return StepOutcome::done(expr::Value(), u"the caller's user token was revoked"_s);
}

StepOutcome ActionExecutor::sendEmail(const Action &action, RunState &state)
{
    QString problem;
    OutboxEmail email;
    email.sent = m_clock.now();
    email.workflow = state.workflow.name;
    email.to = evaluate(action.assignmentValue(u"to"_s), state, &problem).asText();
    email.subject = evaluate(action.assignmentValue(u"subject"_s), state, &problem).asText();
    const QString body = action.assignmentValue(u"body"_s);
    email.body = body.isEmpty() ? QString() : evaluate(body, state, &problem).asText();
    if (!problem.isEmpty())
        return StepOutcome::failed(problem);
    if (auto appended = m_store.appendEmail(email); !appended)
        return StepOutcome::failed(appended.errorMessage());
    return StepOutcome::done(expr::Value(),
                             u"an e-mail to `%1` went to the local outbox"_s.arg(email.to));
}

StepOutcome ActionExecutor::schedule(const Action &action, RunState &state)
{
    const Workflow *target = m_project.findWorkflow(action.workflow);
    if (!target)
        return StepOutcome::failed(u"no workflow `%1` to schedule"_s.arg(action.workflow));
    QString problem;
    ScheduledRun run;
    run.id = BubbleResponses::newUniqueId(m_clock.now());
    run.workflow = target->name;
    ScheduledCaller::record(state.data.principal(), run);
    run.status = u"pending"_s;
    const Value when = action.target.isEmpty() ? Value() : evaluate(action.target, state, &problem);
    run.scheduledFor = when.kind() == Value::Kind::Date ? when.asDate() : m_clock.now();
    // As in Bubble, a POST workflow's querystring parameters are not
    // available when it is scheduled: the run gets none of them.
    const bool inQuerystring = target->method == HttpMethod::Post &&
                               target->parameterSource == ParameterSource::Querystring;
    for (const Assignment &assignment : action.assignments) {
        const Parameter *parameter = target->findParameter(assignment.key);
        const Value value = evaluate(assignment.value, state, &problem);
        if (parameter && problem.isEmpty() && !inQuerystring)
            run.parameters.insert(assignment.key,
                                  ValueJson::toField(value, parameter->type, &problem));
    }
    if (!problem.isEmpty())
        return StepOutcome::failed(problem);
    run.definition = *target;
    if (auto appended = m_store.appendScheduledRun(run); !appended)
        return StepOutcome::failed(appended.errorMessage());
    return StepOutcome::done(
        Value::text(run.id),
        inQuerystring && !action.assignments.isEmpty()
            ? u"scheduled workflow `%1` without its parameters: it reads them from the "
              "querystring, which a scheduled run does not have"_s.arg(target->name)
            : u"scheduled workflow `%1`"_s.arg(target->name));
}

StepOutcome ActionExecutor::returnData(const Action &action, RunState &state)
{
    QString problem;
    for (const Assignment &assignment : action.assignments) {
        const Value value = evaluate(assignment.value, state, &problem);
        if (!problem.isEmpty())
            return StepOutcome::failed(problem);
        state.response.insert(assignment.key, ValueJson::toResponse(value));
    }
    state.ended = true;
    return StepOutcome::done(expr::Value(), u"returned %1 key(s); the workflow ends here"_s.arg(
                                                action.assignments.size()));
}

} // namespace gatehouse
