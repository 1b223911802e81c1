#include "WorkflowGate.h"

#include "BubbleResponses.h"
#include "Reachability.h"
#include "ScopeCeiling.h"

using namespace Qt::Literals::StringLiterals;

namespace gatehouse {

using Stage = TraceStep::Stage;
using Verdict = TraceStep::Verdict;

namespace {
QString subjectOf(const Workflow &workflow)
{
    return u"workflow `%1`"_s.arg(workflow.name);
}

// Returns the refusal reason, or an empty string when the mode lets the
// principal in.
QString authModeRefusal(const Workflow &workflow, const Principal &principal)
{
    switch (workflow.authentication) {
    case AuthMode::NoneRequired:
        return {};
    case AuthMode::UserAndAdmin:
        return principal.isAnonymous()
                   ? u"the workflow's authentication is User and admin, and the caller gave no token"_s
                   : QString();
    case AuthMode::AdminOnly:
        return principal.isAdmin()
                   ? QString()
                   : u"the workflow's authentication is Admin only, and the caller is %1"_s.arg(
                         principal.describe());
    }
    return {};
}

QString scopeRefusal(const Workflow &workflow, const Principal &principal)
{
    const TokenScopes &scopes = principal.scopes;
    if (principal.isAnonymous() || ScopeCeiling::allowsWorkflow(scopes, workflow.name))
        return {};
    return u"token `%1` is scoped to workflows %2, not this one"_s.arg(
        principal.tokenName, scopes.workflows.join(u", "_s));
}
} // namespace

WorkflowGate::Resolution WorkflowGate::resolve(const Project &project, const Route &route,
                                               const QByteArray &method, Trace &trace)
{
    if (!project.settings.workflowApiEnabled)
        return notFound(trace, u"the Workflow API is turned off in the project's settings"_s,
                        u"This application does not expose a Workflow API"_s,
                        u"settings: Workflow API"_s, TraceRef::setting(u"workflowApiEnabled"_s));
    const QString named = u"workflow `%1`"_s.arg(route.name);
    const Workflow *workflow = project.findWorkflow(route.name);
    if (!workflow)
        return notFound(trace, u"no workflow is named `%1`"_s.arg(route.name),
                        u"Workflow not found %1"_s.arg(route.name), named);
    if (const QString why = Reachability::workflowUnreachable(project.settings, *workflow);
        !why.isEmpty())
        return notFound(trace, why, u"Workflow not found %1"_s.arg(route.name), named,
                        TraceRef::workflowNamed(workflow->name));
    const QByteArray expected = workflow->method == HttpMethod::Get ? "GET" : "POST";
    if (method != expected) {
        trace.add(Stage::Route, Verdict::Refused,
                  u"the workflow is triggered by %1, the request used %2"_s.arg(
                      QString::fromLatin1(expected), QString::fromLatin1(method)),
                  subjectOf(*workflow), TraceRef::workflowNamed(workflow->name));
        EngineResponse response = BubbleResponses::plainMessage(405, u"Wrong method"_s);
        response.headers.append({QByteArrayLiteral("Allow"), expected});
        response.trace = trace;
        return response;
    }
    trace.add(Stage::Route, Verdict::Passed,
              u"workflow `%1` exists and is exposed"_s.arg(route.name), subjectOf(*workflow),
              TraceRef::workflowNamed(workflow->name));
    return workflow;
}

std::optional<EngineResponse> WorkflowGate::authorize(const Workflow &workflow,
                                                      const Principal &principal,
                                                      const Clock &clock, Trace &trace)
{
    QString reason;
    if (mayCall(workflow, principal, &reason)) {
        trace.add(Stage::Authorize, Verdict::Passed, reason, subjectOf(workflow),
                  TraceRef::authentication(workflow.name));
        return std::nullopt;
    }
    const bool scoped = authModeRefusal(workflow, principal).isEmpty();
    // A scope refusal is the token's setting; any other, the workflow's.
    trace.add(Stage::Authorize, Verdict::Refused, reason, subjectOf(workflow),
              scoped && !principal.fromSession ? TraceRef::token(principal.tokenName)
                                               : TraceRef::authentication(workflow.name));
    EngineResponse response =
        scoped
            ? EngineResponse::json(
                  403,
                  {{u"error_class"_s, u"Forbidden"_s},
                   {u"message"_s, QJsonValue::Null},
                   {u"translation"_s, u"This token may not run workflow %1"_s.arg(workflow.name)}})
            : BubbleResponses::unauthorized(
                  u"You do not have permission to run workflow %1"_s.arg(workflow.name),
                  BubbleResponses::newUniqueId(clock.now()));
    response.trace = trace;
    return response;
}

bool WorkflowGate::mayCall(const Workflow &workflow, const Principal &principal, QString *reason)
{
    QString refusal = authModeRefusal(workflow, principal);
    if (refusal.isEmpty())
        refusal = scopeRefusal(workflow, principal);
    if (!refusal.isEmpty()) {
        *reason = refusal;
        return false;
    }
    *reason = u"authentication %1 lets %2 in"_s.arg(authModeDisplayName(workflow.authentication),
                                                    principal.describe());
    return true;
}

EngineResponse WorkflowGate::notFound(Trace &trace, const QString &reason, const QString &message,
                                      const QString &subject, const TraceRef &ref)
{
    trace.add(Stage::Route, Verdict::Refused, reason, subject, ref);
    EngineResponse response = BubbleResponses::statusBody(404, u"NOT_FOUND"_s, message);
    response.trace = trace;
    return response;
}

} // namespace gatehouse
