#include "RuleChecks.h"

#include "AuditContext.h"
#include "ExpressionFacts.h"

using namespace Qt::Literals::StringLiterals;

namespace gatehouse::audit {

namespace {
using RuleReach = AuditContext::RuleReach;

template <typename Test>
auto eachRule(Test test)
{
    return [test](const AuditContext &context, const CheckInfo &info) {
        QList<Finding> found;
        for (const DataType &type : context.project().dataTypes) {
            for (const PrivacyRule &rule : type.privacyRules) {
                if (auto f = test(context, info, type, rule, context.ruleReach(type, rule)))
                    found << *f;
            }
        }
        return found;
    };
}

bool alwaysTrue(const AuditContext &context, const PrivacyRule &rule, const RuleReach &reach)
{
    return (reach.asked > 0 && reach.holds == reach.asked) ||
           ExpressionFacts::alwaysHolds(context.project(), rule.condition);
}

AuditCheck holdsForAnonymous()
{
    return {
        {u"GH201"_s,
         u"rule-holds-for-anonymous"_s,
         u"A privacy rule holds for a logged-out caller"_s,
         Severity::High,
         u"The engine finds the rule's condition true for an anonymous caller on a test record or on a record whose fields are empty. Typical shape: \"This Invoice's Company is Current User's Company\", true when both sides are empty, so a logged-out visitor sees every invoice without a company."_s,
         {u"API1:2023"_s},
         {u"P2"_s}},
        eachRule([](const AuditContext &context, const CheckInfo &info, const DataType &type,
                    const PrivacyRule &rule, const RuleReach &reach) -> std::optional<Finding> {
            if (!reach.anonymous || alwaysTrue(context, rule, reach))
                return std::nullopt;
            return finding(
                info,
                u"rule `%1` of `%2` holds for an anonymous caller"_s.arg(rule.name, type.name),
                SettingLocation::ofRule(type.name, rule.name));
        })};
}

AuditCheck ruleAlwaysTrue()
{
    return {
        {u"GH202"_s,
         u"rule-always-true"_s,
         u"A privacy rule whose condition is always true"_s,
         Severity::High,
         u"The rule's condition holds for every caller the audit asks about (anonymous and each test user) on every test record and on an empty one, or it is a constant that holds: the rule grants its permissions to everyone, which defeats the point of a rule."_s,
         {u"API1:2023"_s, u"API3:2023"_s},
         {u"P2"_s, u"P1"_s}},
        eachRule([](const AuditContext &context, const CheckInfo &info, const DataType &type,
                    const PrivacyRule &rule, const RuleReach &reach) -> std::optional<Finding> {
            if (!alwaysTrue(context, rule, reach))
                return std::nullopt;
            return finding(info,
                           u"rule `%1` of `%2` holds for every caller"_s.arg(rule.name, type.name),
                           SettingLocation::ofRule(type.name, rule.name));
        })};
}

AuditCheck ruleUnreachable()
{
    return {
        {u"GH203"_s,
         u"rule-unreachable"_s,
         u"A privacy rule the engine never finds true"_s,
         Severity::Low,
         u"For no caller the audit asks about and no test record does the engine find the rule's condition true (or the condition does not parse, and a condition that cannot be decided grants nothing). Either the rule is dead, or the test data does not exercise it and the rule is untested: the callers it was meant for may be refused."_s,
         {u"API8:2023"_s},
         {}},
        eachRule([](const AuditContext &, const CheckInfo &info, const DataType &type,
                    const PrivacyRule &rule, const RuleReach &reach) -> std::optional<Finding> {
            // An empty condition holds for everyone, as the engine has it.
            const bool readable =
                rule.condition.trimmed().isEmpty() || ExpressionFacts(rule.condition).parses();
            if (reach.holds > 0 && readable)
                return std::nullopt;
            return finding(info,
                           u"rule `%1` of `%2` holds for no caller on any test record"_s.arg(
                               rule.name, type.name),
                           SettingLocation::ofRule(type.name, rule.name));
        })};
}

bool within(const PrivacyPermissions &rule, const PrivacyPermissions &base)
{
    const auto le = [](bool a, bool b) { return !a || b; };
    bool fields = base.viewAllFields || (!rule.viewAllFields);
    for (const QString &f : rule.viewableFields)
        fields = fields && (base.viewAllFields || base.viewableFields.contains(f));
    return fields && le(rule.findInSearches, base.findInSearches) &&
           le(rule.viewAttachedFiles, base.viewAttachedFiles) &&
           le(rule.allowAutoBinding, base.allowAutoBinding) &&
           le(rule.createViaApi, base.createViaApi) && le(rule.modifyViaApi, base.modifyViaApi) &&
           le(rule.deleteViaApi, base.deleteViaApi);
}

AuditCheck ruleAddsNothing()
{
    return {
        {u"GH204"_s,
         u"rule-adds-nothing"_s,
         u"A privacy rule grants nothing beyond everyone else"_s,
         Severity::Low,
         u"Rules only grant, and this one grants nothing that everyone else does not already have. The builder probably meant it to restrict; as it stands, everyone-else's permissions are what protect the type."_s,
         {u"API1:2023"_s},
         {u"P1"_s}},
        [](const AuditContext &context, const CheckInfo &info) {
            QList<Finding> found;
            for (const DataType &type : context.project().dataTypes) {
                for (const PrivacyRule &rule : type.privacyRules) {
                    if (within(rule.permissions, type.everyoneElse))
                        found << finding(
                            info,
                            u"rule `%1` of `%2` grants nothing everyone else lacks"_s.arg(
                                rule.name, type.name),
                            SettingLocation::ofRule(type.name, rule.name));
                }
            }
            return found;
        }};
}
} // namespace

QList<AuditCheck> RuleChecks::all()
{
    return {holdsForAnonymous(), ruleAlwaysTrue(), ruleUnreachable(), ruleAddsNothing()};
}

} // namespace gatehouse::audit
