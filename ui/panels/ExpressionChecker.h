#pragma once

#include "model/Diagnostic.h"
#include "model/Project.h"

#include <QStringList>

namespace gatehouse {

// What the property panel asks about an expression as the user types: its
// diagnostics from the expression checker (core/expr), and the names worth
// completing.
class ExpressionChecker
{
public:
    enum class Place
    {
        WorkflowCondition,
        ActionCondition,
        ActionTarget
    };

    struct Context
    {
        const Project *project = nullptr;
        int workflow = -1;
        int action = -1;
        Place place = Place::WorkflowCondition;
    };

    static Diagnostics check(const QString &text, const Context &context);
    // Parameters of the workflow, Current User and its fields, data types,
    // "Result of step N" for earlier steps, and the language's words.
    static QStringList completions(const Context &context);
};

} // namespace gatehouse
