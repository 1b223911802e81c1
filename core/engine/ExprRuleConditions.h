#pragma once

#include "Clock.h"
#include "DataStore.h"
#include "RuleConditions.h"

#include "model/Project.h"

namespace gatehouse {

// Privacy-rule conditions decided by the expression language, over live
// records. A rule's condition reads data with full rights (as Bubble's do):
// it is the rule that decides, not the caller's view.
class ExprRuleConditions final : public RuleConditions
{
public:
    ExprRuleConditions(const Project &project, const DataStore &store, const Clock &clock);

    Verdict evaluate(const PrivacyRule &rule, const DataType &type, const Record &thing,
                     const Principal &principal) const override;

private:
    const Project &m_project;
    const DataStore &m_store;
    const Clock &m_clock;
};

} // namespace gatehouse
