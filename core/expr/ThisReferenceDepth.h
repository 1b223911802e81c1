#pragma once

#include "Ast.h"

namespace gatehouse::expr {

// How many fields deep a condition reads from `This <Type>`:
// "This Post's Creator" is 1, "This Post's Creator's admin" is 2. Bubble lets
// a privacy rule grant "find in searches" only through conditions of depth
// 1 or less (shared/reference/bubble-api.md §6.1).
class ThisReferenceDepth
{
public:
    // The deepest chain in the tree; 0 when it never reads This.
    static int of(const Node &root);
    // The same for an expression's text; 0 when it does not parse.
    static int of(const QString &source);
};

} // namespace gatehouse::expr
