#pragma once

#include "ValueType.h"

#include "model/Project.h"

#include <optional>

namespace gatehouse::expr {

// Where an expression sits, and so what it may use and must give.
struct CheckContext
{
    enum class Place
    {
        WorkflowCondition,
        ActionCondition,
        AssignmentValue,
        PrivacyRuleCondition,
        ActionTarget,
    };

    Place place = Place::AssignmentValue;
    QString thisType;           // the type `This` stands for; empty when none
    bool hasParameters = false; // false in privacy rules
    QList<Parameter> parameters;
    QList<Action> previousSteps;       // step 1 first
    std::optional<ValueType> expected; // nullopt: any value
    QString expectedBy;                // who needs it: "a condition", "field `note`"

    static CheckContext privacyRule(const QString &typeName);
    static CheckContext workflowCondition(const Workflow &workflow);
    static CheckContext actionCondition(const Workflow &workflow, int stepIndex);
    static CheckContext assignment(const Project &project, const Workflow &workflow, int stepIndex,
                                   const QString &key);
    static CheckContext target(const Workflow &workflow, int stepIndex);

private:
    static CheckContext inStep(const Workflow &workflow, int stepIndex, Place place);
    static std::optional<ValueType> assignmentType(const Project &project, const Action &action,
                                                   const QString &key, QString &expectedBy);
};

} // namespace gatehouse::expr
