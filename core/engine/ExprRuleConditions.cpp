#include "ExprRuleConditions.h"

#include "EngineDataSource.h"

#include "expr/Evaluator.h"

namespace gatehouse {

ExprRuleConditions::ExprRuleConditions(const Project &project, const DataStore &store,
                                       const Clock &clock)
    : m_project(project), m_store(store), m_clock(clock)
{
}

RuleConditions::Verdict ExprRuleConditions::evaluate(const PrivacyRule &rule, const DataType &type,
                                                     const Record &thing,
                                                     const Principal &principal) const
{
    EngineDataSource data(m_project, m_store, nullptr, m_clock);
    data.setPrincipal(principal);
    data.setThis(expr::Value::thing(type.name, thing.id));
    expr::Evaluator evaluator(m_project, data);
    const expr::ConditionOutcome outcome = evaluator.evaluateCondition(rule.condition);
    return {outcome.met, outcome.error ? outcome.error->message : QString()};
}

} // namespace gatehouse
