#include "ValueComparison.h"

#include <cmath>

namespace gatehouse::expr {

bool ValueComparison::compare(CompareOp op, const Value &left, const Value &right)
{
    switch (op) {
    case CompareOp::Is:
        return equal(left, right);
    case CompareOp::IsNot:
        return !equal(left, right);
    case CompareOp::Greater:
    case CompareOp::Less:
    case CompareOp::GreaterOrEqual:
    case CompareOp::LessOrEqual:
        return ordered(op, left, right);
    case CompareOp::Contains:
        return contains(left, right);
    case CompareOp::DoesNotContain:
        return !contains(left, right);
    case CompareOp::IsIn:
        return contains(right.kind() == Value::Kind::List ? right : Value(), left);
    }
    return false;
}

bool ValueComparison::equal(const Value &left, const Value &right)
{
    if (left.isEmpty() || right.isEmpty())
        return left.isEmpty() && right.isEmpty();
    return left == right;
}

bool ValueComparison::ordered(CompareOp op, const Value &left, const Value &right)
{
    int order = 0;
    if (left.kind() == Value::Kind::Number && right.kind() == Value::Kind::Number) {
        const double a = left.asNumber();
        const double b = right.asNumber();
        if (std::isnan(a) || std::isnan(b))
            return false;
        order = a < b ? -1 : (a > b ? 1 : 0);
    } else if (left.kind() == Value::Kind::Date && right.kind() == Value::Kind::Date) {
        order = left.asDate() < right.asDate() ? -1 : (left.asDate() > right.asDate() ? 1 : 0);
    } else {
        return false; // empty, or kinds that have no order between them
    }
    switch (op) {
    case CompareOp::Greater:
        return order > 0;
    case CompareOp::Less:
        return order < 0;
    case CompareOp::GreaterOrEqual:
        return order >= 0;
    case CompareOp::LessOrEqual:
        return order <= 0;
    default:
        return false;
    }
}

// Text contains text, ignoring case, as Bubble's searches do; a list contains
// an item equal to the value. Nothing contains empty.
bool ValueComparison::contains(const Value &left, const Value &right)
{
    if (right.isEmpty())
        return false;
    if (left.kind() == Value::Kind::Text && right.kind() == Value::Kind::Text)
        return left.asText().contains(right.asText(), Qt::CaseInsensitive);
    if (left.kind() == Value::Kind::List) {
        for (const Value &item : left.items()) {
            if (equal(item, right))
                return true;
        }
    }
    return false;
}

} // namespace gatehouse::expr
