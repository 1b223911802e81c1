#include "Engine.h"

#include "Authenticator.h"
#include "BubbleResponses.h"
#include "DataApi.h"
#include "DataApiGate.h"
#include "DataDetector.h"
#include "ExprRuleConditions.h"
#include "ParameterReader.h"
#include "PrivacyMode.h"
#include "Reachability.h"
#include "ScheduledCaller.h"
#include "ScopeCeiling.h"
#include "StoreFailure.h"
#include "SwaggerDocument.h"
#include "WorkflowGate.h"
#include "WorkflowRunner.h"

using namespace Qt::Literals::StringLiterals;

namespace gatehouse {

using Stage = TraceStep::Stage;
using Verdict = TraceStep::Verdict;

Engine::Engine(std::shared_ptr<const Project> project, DataStore &store, const Clock &clock)
    : m_project(std::move(project)), m_store(store), m_clock(clock)
{
}

namespace {

bool isApiRoute(Route::Kind kind)
{
    return kind == Route::Kind::Workflow || kind == Route::Kind::DataCollection ||
           kind == Route::Kind::DataItem || kind == Route::Kind::DataBulk;
}

} // namespace

// A store failure anywhere in the request, even one a step read past (a
// privacy rule's condition that could not read its data does not hold),
// refuses it: the latching store commits nothing after it, and the answer
// is a 503 whose trace names it. Around every API request, whatever its
// answer, the scheduled runs whose time has come: those already due first,
// so a store that cannot settle them refuses the request before it starts;
// then those the request made due, which a store failure leaves pending
// without taking back the request's committed answer.
EngineResponse Engine::handle(const EngineRequest &request)
{
    m_store.clearFailure();
    m_user.reset();
    const Route route = Route::parse(request.path);
    const bool api = isApiRoute(route.kind);
    if (api)
        settleDueRuns();
    EngineResponse response;
    if (!m_store.failure()) {
        response = dispatch(request, route);
        recordUse();
    }
    if (const std::optional<Error> &failure = m_store.failure()) {
        if (!StoreFailure::isRefusal(response))
            response = StoreFailure::refuse(*failure, response.trace);
    } else if (api) {
        settleDueRuns();
        if (const std::optional<Error> &failure = m_store.failure())
            response.trace.add(
                Stage::Response, Verdict::Skipped,
                u"the scheduled runs due after it stay pending: %1"_s.arg(failure->message),
                StoreFailure::subject());
    }
    response.principal = m_caller;
    return response;
}

EngineResponse Engine::dispatch(const EngineRequest &request, const Route &route)
{
    Trace trace;
    EngineResponse response;
    switch (route.kind) {
    case Route::Kind::Workflow:
        return handleWorkflow(request, route, trace);
    case Route::Kind::DataCollection:
    case Route::Kind::DataItem:
    case Route::Kind::DataBulk:
        return handleData(request, route, trace);
    case Route::Kind::Initialize:
        return handleInitialize(request, route, trace);
    case Route::Kind::Swagger:
        return handleSwagger(request, route, trace);
    case Route::Kind::None:
        break;
    }
    trace.add(Stage::Route, Verdict::Refused, u"the path is not a route of the API"_s);
    response = BubbleResponses::statusBody(404, u"NOT_FOUND"_s, u"Not found"_s);
    response.trace = trace;
    return response;
}

std::variant<Principal, EngineResponse> Engine::authenticate(const EngineRequest &request,
                                                             Trace &trace)
{
    const Authenticator authenticator(*m_project, &m_store, m_clock);
    auto outcome = authenticator.authenticate(request, trace);
    if (auto *principal = std::get_if<Principal>(&outcome)) {
        m_caller = principal->describe();
        m_user = *principal;
    }
    return outcome;
}

// A token that authenticated was used, whatever its request answered: a
// session's 30-day idle rule counts from its last use, and a project
// token's last use is kept for the token manager and the audit. Its own
// transaction, after the request's, so a request refused later still
// counts; one refused by a store failure keeps nothing, this neither.
void Engine::recordUse()
{
    if (!m_user || m_user->credentialHash.isEmpty() || !m_store.begin())
        return;
    const QDateTime now = m_clock.now();
    const Result<> touched = m_user->fromSession ? m_store.touchSession(m_user->credentialHash, now)
                                                 : m_store.touchToken(m_user->credentialHash, now);
    if (!touched || !m_store.commit())
        m_store.rollback();
}

EngineResponse Engine::handleWorkflow(const EngineRequest &request, const Route &route,
                                      Trace &trace)
{
    const auto resolution = WorkflowGate::resolve(*m_project, route, request.method, trace);
    if (auto *refusal = std::get_if<EngineResponse>(&resolution))
        return *refusal;
    const Workflow &workflow = *std::get<const Workflow *>(resolution);
    const auto authenticated = authenticate(request, trace);
    if (auto *refusal = std::get_if<EngineResponse>(&authenticated))
        return *refusal;
    const Principal &principal = std::get<Principal>(authenticated);
    if (auto refusal = WorkflowGate::authorize(workflow, principal, m_clock, trace))
        return *refusal;
    const auto parameters = ParameterReader::read(workflow, request, trace);
    if (auto *refusal = std::get_if<EngineResponse>(&parameters))
        return *refusal;
    {
        const ExprRuleConditions conditions(*m_project, m_store, m_clock);
        const PrivacyGate privacy(*m_project, conditions);
        const PrivacyMode mode = PrivacyModes::forRun(m_project->settings, workflow, principal);
        const auto findable = [&](const Record &record) {
            return privacy.accessTo(record, principal, mode).canFind();
        };
        if (auto refusal = ParameterReader::checkThings(workflow, std::get<QJsonObject>(parameters),
                                                        m_store, findable, trace))
            return *refusal;
    }
    EngineResponse response = inTransaction(trace, [&] {
        const ExprRuleConditions conditions(*m_project, m_store, m_clock);
        const PrivacyGate privacy(*m_project, conditions);
        WorkflowRunner runner(*m_project, m_store, privacy, m_clock);
        return runner.run(workflow, std::get<QJsonObject>(parameters), principal, trace);
    });
    return response;
}

EngineResponse Engine::handleData(const EngineRequest &request, const Route &route, Trace &trace)
{
    // As Bubble: a bad token is a 401 even when the Data API is off, which
    // its 404 tells anyone anyway. Every other refusal of the route comes
    // before the token is read.
    if (Reachability::dataApiAuthenticatesFirst(m_project->settings)) {
        const auto early = authenticate(request, trace);
        if (auto *refusal = std::get_if<EngineResponse>(&early))
            return *refusal;
    }
    const auto resolution = DataApiGate::resolve(*m_project, route, request.method, trace);
    if (auto *refusal = std::get_if<EngineResponse>(&resolution))
        return *refusal;
    const auto authenticated = authenticate(request, trace);
    if (auto *refusal = std::get_if<EngineResponse>(&authenticated))
        return *refusal;
    const ExprRuleConditions conditions(*m_project, m_store, m_clock);
    const PrivacyGate privacy(*m_project, conditions);
    DataApi api(*m_project, m_store, privacy, m_clock);
    return api.handle(request, route, std::get<DataApiGate::Target>(resolution),
                      std::get<Principal>(authenticated), trace);
}

// Bubble's "Detect data": the call's keys go to the listener as proposed
// parameters, and nothing runs. The workflow must be one the API serves;
// no token is read, since nothing is run or shown, and the builder who
// listens confirms before anything changes.
EngineResponse Engine::handleInitialize(const EngineRequest &request, const Route &route,
                                        Trace &trace)
{
    Route workflowRoute = route;
    workflowRoute.kind = Route::Kind::Workflow;
    const auto resolution = WorkflowGate::resolve(*m_project, workflowRoute, request.method, trace);
    if (auto *refusal = std::get_if<EngineResponse>(&resolution))
        return *refusal;
    const Workflow &workflow = *std::get<const Workflow *>(resolution);
    const QString subject = u"workflow `%1`"_s.arg(workflow.name);
    EngineResponse response;
    const DetectedParameters detected = DataDetector::detect(workflow.name, request);
    if (!m_detectListener || !m_detectListener->offer(detected)) {
        trace.add(Stage::Route, Verdict::Refused, u"nobody is detecting data for this workflow"_s,
                  subject);
        response = BubbleResponses::statusBody(
            404, u"NOT_FOUND"_s,
            u"Workflow %1 is not listening for data: press Detect data first"_s.arg(workflow.name));
    } else {
        trace.add(Stage::Response, Verdict::Passed,
                  u"Detect data captured %1 key(s); the workflow did not run"_s.arg(
                      detected.parameters.size()),
                  subject);
        response = BubbleResponses::workflowSuccess({});
    }
    response.trace = trace;
    return response;
}

// Described only when the project says so; served without a token, as
// Bubble serves it, since it lists what is public anyway.
EngineResponse Engine::handleSwagger(const EngineRequest &request, const Route &route, Trace &trace)
{
    EngineResponse response;
    if (!m_project->settings.swaggerEnabled) {
        trace.add(Stage::Route, Verdict::Refused,
                  u"the Swagger file is turned off in the project's settings"_s);
        response = BubbleResponses::statusBody(404, u"NOT_FOUND"_s, u"Not found"_s);
    } else if (request.method != "GET") {
        trace.add(Stage::Route, Verdict::Refused, u"the Swagger file is read with GET"_s);
        response = BubbleResponses::plainMessage(405, u"Wrong method"_s);
    } else {
        const QString base =
            route.version.isEmpty() ? u"/api/1.1"_s : u"/%1/api/1.1"_s.arg(route.version);
        trace.add(Stage::Response, Verdict::Passed,
                  u"the Swagger file describes what the project exposes"_s);
        response = EngineResponse::json(
            200,
            SwaggerDocument::build(*m_project, base, QString::fromLatin1(request.header("Host"))));
    }
    response.trace = trace;
    return response;
}

// A store failure during the work, read past or not, rolls it back; the
// latching store refuses the commit, and handle() answers 503.
EngineResponse Engine::inTransaction(Trace &trace, const std::function<EngineResponse()> &work)
{
    if (auto begun = m_store.begin(); !begun)
        return StoreFailure::refuse(begun.error(), trace);
    EngineResponse response = work();
    if (response.status >= 400 || m_store.failure()) {
        m_store.rollback();
        return response;
    }
    if (auto committed = m_store.commit(); !committed) {
        m_store.rollback();
        return StoreFailure::refuse(committed.error(), trace);
    }
    return response;
}

int Engine::runDueScheduledWorkflows()
{
    m_store.clearFailure();
    return settleDueRuns();
}

int Engine::settleDueRuns()
{
    int settled = 0;
    const Result<QList<ScheduledRun>> runs = m_store.dueScheduledRuns(m_clock.now());
    if (!runs)
        return settled;
    for (const ScheduledRun &run : runs.value()) {
        if (!settle(run))
            break;
        ++settled;
    }
    return settled;
}

bool Engine::settle(ScheduledRun run)
{
    Trace trace;
    const EngineResponse response = runDue(run, trace);
    if (m_store.failure())
        return false;
    if (response.status < 400)
        return true;
    const TraceStep *deciding = trace.decidingStep();
    run.status = u"failed: "_s + (deciding ? deciding->reason : u"unknown"_s);
    if (auto begun = m_store.begin(); !begun)
        return false;
    if (!m_store.updateScheduledRun(run) || !m_store.commit()) {
        m_store.rollback();
        return false;
    }
    return true;
}

EngineResponse Engine::runDue(const ScheduledRun &run, Trace &trace)
{
    const Workflow *workflow =
        run.definition ? &*run.definition : m_project->findWorkflow(run.workflow);
    EngineResponse response;
    if (!run.definitionProblem.isEmpty()) {
        trace.add(
            Stage::Route, Verdict::Failed,
            u"the definition it was scheduled with cannot be read: %1"_s.arg(run.definitionProblem),
            u"workflow `%1`"_s.arg(run.workflow));
        response.status = 500;
    } else if (!workflow) {
        trace.add(Stage::Route, Verdict::Failed,
                  u"no workflow is named `%1` any more"_s.arg(run.workflow),
                  u"workflow `%1`"_s.arg(run.workflow));
        response.status = 404;
    } else if (const Principal caller = ScheduledCaller::of(run);
               !ScopeCeiling::allowsWorkflow(caller.scopes, workflow->name)) {
        trace.add(
            Stage::Authorize, Verdict::Refused,
            u"the token that scheduled it is not scoped to workflow `%1`"_s.arg(workflow->name),
            u"workflow `%1`"_s.arg(workflow->name));
        response.status = 403;
    } else {
        // The run and its `done` commit together, so it never runs twice.
        response = inTransaction(trace, [&] {
            const ExprRuleConditions conditions(*m_project, m_store, m_clock);
            const PrivacyGate privacy(*m_project, conditions);
            WorkflowRunner runner(*m_project, m_store, privacy, m_clock);
            EngineResponse ran = runner.run(*workflow, run.parameters, caller, trace);
            ScheduledRun done = run;
            done.status = u"done"_s;
            if (ran.status >= 400)
                return ran;
            if (auto updated = m_store.updateScheduledRun(done); !updated) {
                trace.add(Stage::Response, Verdict::Failed, updated.errorMessage());
                ran.status = 503;
            }
            return ran;
        });
    }
    return response;
}

} // namespace gatehouse
