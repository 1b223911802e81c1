#pragma once

#include "engine/RuleConditions.h"
#include "model/Project.h"

#include <QHash>

// A test stand-in for the expression language that knows the demo's three
// privacy conditions. It looks users up in `users`; an unknown condition
// cannot be decided.
class DemoConditions : public gatehouse::RuleConditions
{
public:
    explicit DemoConditions(const QList<gatehouse::Record> &users)
    {
        for (const gatehouse::Record &r : users)
            m_users.insert(r.id, r);
    }

    Verdict evaluate(const gatehouse::PrivacyRule &rule, const gatehouse::DataType &,
                     const gatehouse::Record &thing,
                     const gatehouse::Principal &principal) const override
    {
        const auto user = m_users.constFind(principal.userId);
        const bool known = user != m_users.constEnd();
        if (rule.condition == QStringLiteral("This User is Current User"))
            return {known && thing.id == user->id, {}};
        if (rule.condition == QStringLiteral("This Transaction's Creator is Current User"))
            return {known && thing.createdBy == user->id, {}};
        if (rule.condition == QStringLiteral("Current User's admin is yes"))
            return {known && user->values.value(QStringLiteral("admin")).toBool(), {}};
        return {true, QStringLiteral("cannot decide")};
    }

private:
    QHash<QString, gatehouse::Record> m_users;
};
