#include "PrincipalRules.h"

#include "PrivacyGate.h"

#include "expr/ThisReferenceDepth.h"

namespace gatehouse {

PrincipalRules PrincipalRules::of(const DataType &type, const Principal &principal,
                                  const RuleConditions &conditions)
{
    PrincipalRules seen{type, {}};
    seen.type.privacyRules.clear();
    PrivacyPermissions always;
    const Record anyRecord; // never read: the condition does not mention This
    for (const PrivacyRule &rule : type.privacyRules) {
        if (expr::ThisReferenceDepth::of(rule.condition) > 0) {
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
