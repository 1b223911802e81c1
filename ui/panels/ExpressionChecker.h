#pragma once

#include "model/Diagnostic.h"
#include "model/Project.h"

#include <QStringList>

namespace gatehouse {

// What the property panel asks about an expression as the user types: its
// diagnostics, and the names worth completing. The checking is the hook for
// the expression language (core/expr); until it is built in, only the
// lexical shape (quotes, brackets) is checked here.
class ExpressionChecker
{
public:
    struct Context
    {
        const Project *project = nullptr;
        int workflow = -1;
    };

    static Diagnostics check(const QString &text, const Context &context);
    // Parameters of the workflow, Current User and its fields, data types,
    // "Result of step N" for earlier steps, and the language's words.
    static QStringList completions(const Context &context);
};

} // namespace gatehouse
