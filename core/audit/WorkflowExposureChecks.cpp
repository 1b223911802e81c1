#include "WorkflowExposureChecks.h"

#include "AuditContext.h"
#include "WorkflowFacts.h"

using namespace Qt::Literals::StringLiterals;

namespace gatehouse::audit {

namespace {
using Check = std::function<QList<Finding>(const AuditContext &, const CheckInfo &)>;

AuditFix requireUser(const Workflow &workflow)
{
    return {AuditFix::Kind::RequireUserAuthentication, SettingLocation::ofWorkflow(workflow.name)};
}

AuditFix stopIgnoring(const Workflow &workflow)
{
    return {AuditFix::Kind::StopIgnoringPrivacyRules, SettingLocation::ofWorkflow(workflow.name)};
}

// Runs `test` on every workflow an anonymous caller may call.
Check anonymousWorkflows(
    std::function<std::optional<Finding>(const AuditContext &, const CheckInfo &, const Workflow &)>
        test)
{
    return [test](const AuditContext &context, const CheckInfo &info) {
        QList<Finding> found;
        for (const Workflow &workflow : context.project().workflows) {
            if (!context.anonymousMayCall(workflow))
                continue;
            if (auto f = test(context, info, workflow))
                found << *f;
        }
        return found;
    };
}

AuditCheck noneRequiredWrites()
{
    return {
        {u"GH001"_s,
         u"none-required-writes"_s,
         u"An exposed workflow that anyone may call changes data"_s,
         Severity::Critical,
         u"The workflow is exposed with authentication None required, so any caller without a token may run it, and it creates, changes or deletes things (itself or through a workflow it schedules). Bubble's /meta lists such workflows with \"auth_unecessary\": true, so they are easy to find. Require User and admin, or guard the steps with a condition that proves who is calling."_s,
         {u"API2:2023"_s, u"API5:2023"_s},
         {u"P5"_s}},
        anonymousWorkflows([](const AuditContext &context, const CheckInfo &info,
                              const Workflow &workflow) -> std::optional<Finding> {
            const WorkflowFacts facts(context.project(), workflow);
            if (!facts.writesData())
                return std::nullopt;
            return finding(info,
                           u"anonymous callers may run `%1`, which changes data at step %2"_s
                               .arg(workflow.name)
                               .arg(facts.writingSteps().first() + 1),
                           SettingLocation::ofWorkflow(workflow.name), requireUser(workflow));
        })};
}

AuditCheck noneRequiredIgnoresPrivacy()
{
    return {
        {u"GH002"_s,
         u"none-required-ignores-privacy"_s,
         u"None required together with Ignore privacy rules"_s,
         Severity::Critical,
         u"The workflow may be run without a token and ignores privacy rules, so every search and every returned value sees all data, whoever calls. Before Bubble version 30 builders turned the flag on so admin-token calls could read data; since then admin tokens bypass privacy rules by themselves and the flag is rarely needed."_s,
         {u"API1:2023"_s, u"API3:2023"_s, u"API8:2023"_s},
         {u"P7"_s}},
        anonymousWorkflows([](const AuditContext &, const CheckInfo &info,
                              const Workflow &workflow) -> std::optional<Finding> {
            if (!workflow.ignorePrivacyRules)
                return std::nullopt;
            return finding(
                info,
                u"anonymous callers may run `%1`, which ignores privacy rules"_s.arg(workflow.name),
                SettingLocation::ofWorkflow(workflow.name), stopIgnoring(workflow));
        })};
}

AuditCheck ignoresPrivacy()
{
    return {
        {u"GH003"_s,
         u"ignores-privacy-rules"_s,
         u"An exposed workflow ignores privacy rules"_s,
         Severity::High,
         u"Every caller the workflow lets in sees all data inside it, whatever the privacy rules say. Admin tokens bypass privacy rules on their own (the project's admin bypass setting), so the flag mostly widens what users' tokens see."_s,
         {u"API1:2023"_s, u"API3:2023"_s},
         {u"P7"_s}},
        [](const AuditContext &context, const CheckInfo &info) {
            QList<Finding> found;
            for (const Workflow &w : context.project().workflows) {
                if (w.ignorePrivacyRules && context.reachable(w) && !context.anonymousMayCall(w))
                    found << finding(info, u"`%1` ignores privacy rules"_s.arg(w.name),
                                     SettingLocation::ofWorkflow(w.name), stopIgnoring(w));
            }
            return found;
        }};
}

AuditCheck noneRequiredReadsData()
{
    return {
        {u"GH004"_s,
         u"none-required-reads-data"_s,
         u"An exposed workflow that anyone may call reads data"_s,
         Severity::Medium,
         u"The workflow needs no token and searches for things or takes a thing as a parameter. Privacy rules still apply to an anonymous caller, but what it returns is public to anyone who finds the URL."_s,
         {u"API2:2023"_s, u"API5:2023"_s},
         {u"P5"_s}},
        anonymousWorkflows([](const AuditContext &context, const CheckInfo &info,
                              const Workflow &workflow) -> std::optional<Finding> {
            const WorkflowFacts facts(context.project(), workflow);
            if (facts.writesData() || !facts.readsData())
                return std::nullopt;
            return finding(info,
                           u"anonymous callers may run `%1`, which reads data"_s.arg(workflow.name),
                           SettingLocation::ofWorkflow(workflow.name), requireUser(workflow));
        })};
}

AuditCheck noneRequiredExposed()
{
    return {
        {u"GH005"_s,
         u"none-required-exposed"_s,
         u"Reachable without a token, because nobody knows the URL is no protection"_s,
         Severity::Info,
         u"Every None-required workflow can be called by anyone: endpoints are easy to construct and the meta and Swagger pages list them. Listed for review, so each one is public on purpose."_s,
         {u"API9:2023"_s},
         {u"P21"_s}},
        anonymousWorkflows([](const AuditContext &, const CheckInfo &info,
                              const Workflow &workflow) -> std::optional<Finding> {
            return finding(info, u"`%1` is public: anyone may call it"_s.arg(workflow.name),
                           SettingLocation::ofWorkflow(workflow.name));
        })};
}

AuditCheck parameterNamesLeak()
{
    return {
        {u"GH006"_s,
         u"parameter-names-leak"_s,
         u"A None-required workflow names its missing parameters"_s,
         Severity::Low,
         u"A call without a required parameter answers 400 MISSING_DATA naming the parameter, so an anonymous caller can rebuild the workflow's schema even with Swagger off. Gatehouse authenticates before it reads parameters, so only workflows that need no token leak this way."_s,
         {u"API9:2023"_s},
         {u"P15"_s}},
        anonymousWorkflows([](const AuditContext &, const CheckInfo &info,
                              const Workflow &workflow) -> std::optional<Finding> {
            QStringList required;
            for (const Parameter &p : workflow.parameters) {
                if (!p.optional)
                    required << u'`' + p.key + u'`';
            }
            if (required.isEmpty())
                return std::nullopt;
            return finding(info,
                           u"`%1` tells anonymous callers it needs %2"_s.arg(
                               workflow.name, required.join(u", "_s)),
                           SettingLocation::ofWorkflow(workflow.name));
        })};
}

AuditCheck accountFlowUnlimited()
{
    return {
        {u"GH007"_s,
         u"account-flow-rate-limit"_s,
         u"A public sign-up, login or e-mail flow with a loose rate limit"_s,
         Severity::Medium,
         u"Workflows that log users in, sign them up or send e-mail invite password guessing, account farming and spam. An anonymous caller has no token to count against, so only the per-workflow limit applies; above 60 requests a minute (or off) it does not slow an attacker down."_s,
         {u"API4:2023"_s, u"API6:2023"_s},
         {u"P19"_s}},
        anonymousWorkflows([](const AuditContext &context, const CheckInfo &info,
                              const Workflow &workflow) -> std::optional<Finding> {
            const int limit = context.project().settings.limits.requestsPerMinutePerWorkflow;
            if (!WorkflowFacts(context.project(), workflow).accountFlow() ||
                (limit > 0 && limit <= 60))
                return std::nullopt;
            const QString now = limit == 0 ? u"no limit"_s : u"%1 a minute"_s.arg(limit);
            return finding(
                info,
                u"anonymous callers may run account flow `%1` with %2"_s.arg(workflow.name, now),
                SettingLocation::ofSetting(u"limits.requestsPerMinutePerWorkflow"_s),
                AuditFix{AuditFix::Kind::SetWorkflowRateLimit,
                         SettingLocation::ofSetting(u"limits.requestsPerMinutePerWorkflow"_s),
                         {},
                         {},
                         60});
        })};
}
} // namespace

QList<AuditCheck> WorkflowExposureChecks::all()
{
    return {noneRequiredWrites(),    noneRequiredIgnoresPrivacy(), ignoresPrivacy(),
            noneRequiredReadsData(), noneRequiredExposed(),        parameterNamesLeak(),
            accountFlowUnlimited()};
}

} // namespace gatehouse::audit
