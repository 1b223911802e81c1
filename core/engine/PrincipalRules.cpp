#include "PrincipalRules.h"

#include "PrivacyGate.h"

#include "expr/ParseCache.h"

#include <algorithm>

namespace gatehouse {

namespace {
bool mentionsThis(const expr::Node &node)
{
    if (node.kind == expr::NodeKind::This)
        return true;
    return std::any_of(node.children.cbegin(), node.children.cend(),
                       [](const expr::NodePtr &child) { return mentionsThis(*child); });
}

// A condition that does not parse is left to each record, as before.
bool readsTheRecord(const QString &condition)
{
    const expr::ParseCache::Parsed parsed = expr::ParseCache::parseShared(condition);
    return !parsed->ok() || mentionsThis(*parsed->root);
}
} // namespace

PrincipalRules PrincipalRules::of(const DataType &type, const Principal &principal,
                                  const RuleConditions &conditions)
{
    PrincipalRules seen{type, {}};
    seen.type.privacyRules.clear();
    PrivacyPermissions always;
    const Record anyRecord; // never read: the condition does not mention This
    for (const PrivacyRule &rule : type.privacyRules) {
        if (readsTheRecord(rule.condition)) {
            seen.type.privacyRules.append(rule);
            continue;
        }
        if (!conditions.evaluate(rule, type, anyRecord, principal).holds)
            continue;
        seen.holding << rule.name;
        PrivacyGate::unite(always, rule.permissions);
    }
    if (seen.holding.isEmpty())
        return seen;
    seen.type.everyoneElse = always;
    for (PrivacyRule &rule : seen.type.privacyRules)
        PrivacyGate::unite(rule.permissions, always);
    return seen;
}

} // namespace gatehouse
