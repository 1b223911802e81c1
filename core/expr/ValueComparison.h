#pragma once

#include "Ast.h"
#include "Value.h"

namespace gatehouse::expr {

// What each comparison gives for any two values, never an error: mismatched
// kinds are simply not equal and not ordered, and empty is handled as Bubble
// does (`empty is empty` holds).
class ValueComparison
{
public:
    static bool compare(CompareOp op, const Value &left, const Value &right);
    // `is`: both empty, or the same value (text and numbers exactly; things
    // by type and id).
    static bool equal(const Value &left, const Value &right);

private:
    static bool ordered(CompareOp op, const Value &left, const Value &right);
    static bool contains(const Value &left, const Value &right);
};

} // namespace gatehouse::expr
