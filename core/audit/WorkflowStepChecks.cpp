#include "WorkflowStepChecks.h"

#include "AuditContext.h"
#include "ExpressionFacts.h"
#include "SensitiveNames.h"
#include "WorkflowFacts.h"

using namespace Qt::Literals::StringLiterals;

namespace gatehouse::audit {

namespace {
// Runs `test` on every workflow some caller without an admin token may call.
template <typename Test>
auto nonAdminWorkflows(Test test)
{
    return [test](const AuditContext &context, const CheckInfo &info) {
        QList<Finding> found;
        for (const Workflow &workflow : context.project().workflows) {
            if (context.anonymousMayCall(workflow) || context.userMayCall(workflow))
                found << test(context, info, workflow);
        }
        return found;
    };
}

AuditCheck userWorkflowUnbound()
{
    return {
        {u"GH008"_s,
         u"user-workflow-unbound"_s,
         u"User and admin is taken for protection, with no condition on Current User"_s,
         Severity::High,
         u"Any logged-in user may call the workflow. It deletes things, sends e-mail or takes a thing as a parameter, and no condition of the workflow or its steps mentions Current User, so one user can delete another's things or send arbitrary e-mail from the app."_s,
         {u"API1:2023"_s, u"API5:2023"_s, u"API6:2023"_s},
         {u"P6"_s}},
        nonAdminWorkflows([](const AuditContext &context, const CheckInfo &info,
                             const Workflow &workflow) -> QList<Finding> {
            const WorkflowFacts facts(context.project(), workflow);
            if (context.anonymousMayCall(workflow) || facts.conditionsMentionCurrentUser() ||
                !(facts.deletes() || facts.sendsEmail() || facts.takesThingParameter()))
                return {};
            return {finding(
                info,
                u"any logged-in user may run `%1`, and no condition ties it to Current User"_s.arg(
                    workflow.name),
                SettingLocation::ofWorkflow(workflow.name))};
        })};
}

AuditCheck thingParameterUnchecked()
{
    return {
        {u"GH009"_s,
         u"thing-parameter-unchecked"_s,
         u"A thing passed as a parameter is changed or deleted unchecked"_s,
         Severity::High,
         u"Privacy rules filter what searches find; they do not stop a step acting on a thing the caller handed in by id. Without a condition relating the thing to Current User, a caller changes or deletes things it could never find."_s,
         {u"API1:2023"_s},
         {u"P20"_s}},
        nonAdminWorkflows([](const AuditContext &context, const CheckInfo &info,
                             const Workflow &workflow) -> QList<Finding> {
            const WorkflowFacts facts(context.project(), workflow);
            if (facts.conditionsMentionCurrentUser())
                return {};
            QList<Finding> found;
            for (int step : facts.stepsActingOnThingParameter())
                found << finding(
                    info,
                    u"step %1 of `%2` acts on a thing parameter with no check on Current User"_s
                        .arg(step + 1)
                        .arg(workflow.name),
                    SettingLocation::ofStep(workflow.name, step));
            return found;
        })};
}

AuditCheck destructiveWithoutCondition()
{
    return {
        {u"GH010"_s,
         u"destructive-without-condition"_s,
         u"A delete step runs with no condition"_s,
         Severity::Medium,
         u"A step that deletes a thing or a list runs whenever the workflow does: neither the workflow nor the step has an \"only when\". One mistaken or forged call removes data for good. Low when only admin tokens may call the workflow."_s,
         {u"API5:2023"_s},
         {u"P6"_s, u"P20"_s}},
        [](const AuditContext &context, const CheckInfo &info) {
            QList<Finding> found;
            for (const Workflow &w : context.project().workflows) {
                if (!w.condition.trimmed().isEmpty())
                    continue;
                const bool widely = context.anonymousMayCall(w) || context.userMayCall(w);
                for (int i = 0; i < w.actions.size(); ++i) {
                    const Action &a = w.actions[i];
                    if ((a.kind == ActionKind::DeleteThing || a.kind == ActionKind::DeleteList) &&
                        a.condition.trimmed().isEmpty())
                        found << finding(
                            info,
                            u"step %1 of `%2` deletes with no condition"_s.arg(i + 1).arg(w.name),
                            SettingLocation::ofStep(w.name, i), std::nullopt,
                            widely ? Severity::Medium : Severity::Low);
                }
            }
            return found;
        }};
}

bool namesWebhook(const Workflow &workflow)
{
    if (SensitiveNames::looksLikeWebhook(workflow.name))
        return true;
    for (const Parameter &p : workflow.parameters) {
        if (SensitiveNames::looksLikeWebhook(p.key))
            return true;
    }
    return false;
}

AuditCheck webhookUnverified()
{
    return {
        {u"GH011"_s,
         u"webhook-unverified"_s,
         u"A webhook acts on a payload without proving its sender"_s,
         Severity::High,
         u"The workflow looks like a webhook (its name or parameters say so), needs no token and changes data. Nothing proves the payload came from the third party, so forged events change subscriptions or refunds. Re-fetch the event from the sender's API before acting, or keep the workflow behind a token."_s,
         {u"API10:2023"_s, u"API2:2023"_s},
         {u"P10"_s}},
        [](const AuditContext &context, const CheckInfo &info) {
            QList<Finding> found;
            for (const Workflow &w : context.project().workflows) {
                if (context.anonymousMayCall(w) && namesWebhook(w) &&
                    WorkflowFacts(context.project(), w).writesData())
                    found << finding(
                        info,
                        u"`%1` looks like a webhook and changes data unverified"_s.arg(w.name),
                        SettingLocation::ofWorkflow(w.name));
            }
            return found;
        }};
}

std::optional<QString> secretIn(const Action &action)
{
    if (action.kind == ActionKind::ReturnData) {
        for (const Assignment &a : action.assignments) {
            bool secretField = SensitiveNames::isCredential(a.key);
            const ExpressionFacts value(a.value);
            for (const QString &field : value.fieldNames())
                secretField = secretField || SensitiveNames::isCredential(field);
            if (secretField)
                return u"returns `%1`, which looks like a secret"_s.arg(a.key);
        }
    }
    if (action.kind == ActionKind::LogIn || action.kind == ActionKind::SignUp) {
        const ExpressionFacts password(action.assignmentValue(u"password"_s));
        if (password.isConstant() && !password.textLiterals().isEmpty())
            return u"logs in with a password written into the step"_s;
    }
    return std::nullopt;
}

AuditCheck returnsSecret()
{
    return {
        {u"GH012"_s,
         u"returns-secret"_s,
         u"A workflow returns a secret or holds hard-coded credentials"_s,
         Severity::Critical,
         u"A Return data step hands back a value whose key or field looks like a password, token or secret (temporary passwords, reset tokens), or a Log the user in step carries a literal password. Whoever may call the workflow, or read the project, gets the secret."_s,
         {u"API3:2023"_s, u"API2:2023"_s},
         {u"P14"_s}},
        [](const AuditContext &context, const CheckInfo &info) {
            QList<Finding> found;
            for (const Workflow &w : context.project().workflows) {
                for (int i = 0; i < w.actions.size(); ++i) {
                    if (const auto why = secretIn(w.actions[i]))
                        found << finding(info, u"step %1 of `%2` %3"_s.arg(i + 1).arg(w.name, *why),
                                         SettingLocation::ofStep(w.name, i));
                }
            }
            return found;
        }};
}

AuditCheck secretInQuerystring()
{
    return {
        {u"GH013"_s,
         u"secret-parameter-in-querystring"_s,
         u"A secret-looking parameter is read from the querystring"_s,
         Severity::High,
         u"The workflow reads its parameters from the querystring, and one of them looks like a password, token or key. URLs land in server and proxy logs, browser history and the third party's dashboard, in plain text. Read such parameters from the body of a POST."_s,
         {u"API2:2023"_s, u"API8:2023"_s},
         {u"P9"_s}},
        [](const AuditContext &context, const CheckInfo &info) {
            QList<Finding> found;
            for (const Workflow &w : context.project().workflows) {
                if (w.parameterSource != ParameterSource::Querystring || !context.reachable(w))
                    continue;
                for (const Parameter &p : w.parameters) {
                    if (SensitiveNames::isCredential(p.key))
                        found << finding(
                            info, u"`%1` reads `%2` from the querystring"_s.arg(w.name, p.key),
                            SettingLocation::ofParameter(w.name, p.key),
                            AuditFix{AuditFix::Kind::ReadParametersFromBody,
                                     SettingLocation::ofWorkflow(w.name)});
                }
            }
            return found;
        }};
}

AuditCheck conditionAlwaysTrue()
{
    return {
        {u"GH014"_s,
         u"condition-always-true"_s,
         u"An \"only when\" that is always true"_s,
         Severity::Medium,
         u"The condition mentions no caller, thing, parameter or date and holds, so it lets every call through while looking like a guard: a leftover from testing, or a comparison of two constants."_s,
         {u"API5:2023"_s},
         {u"P2"_s}},
        [](const AuditContext &context, const CheckInfo &info) {
            QList<Finding> found;
            const Project &project = context.project();
            for (const Workflow &w : project.workflows) {
                if (ExpressionFacts::alwaysHolds(project, w.condition))
                    found << finding(info, u"the condition of `%1` is always true"_s.arg(w.name),
                                     SettingLocation::ofWorkflow(w.name));
                for (int i = 0; i < w.actions.size(); ++i) {
                    if (ExpressionFacts::alwaysHolds(project, w.actions[i].condition))
                        found << finding(
                            info,
                            u"the condition of step %1 of `%2` is always true"_s.arg(i + 1).arg(
                                w.name),
                            SettingLocation::ofStep(w.name, i));
                }
            }
            return found;
        }};
}
} // namespace

QList<AuditCheck> WorkflowStepChecks::all()
{
    return {userWorkflowUnbound(), thingParameterUnchecked(), destructiveWithoutCondition(),
            webhookUnverified(),   returnsSecret(),           secretInQuerystring(),
            conditionAlwaysTrue()};
}

} // namespace gatehouse::audit
