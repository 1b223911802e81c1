#pragma once

namespace gatehouse::expr {

// Bounds that keep every expression finite to parse, check and evaluate.
struct Limits
{
    static constexpr int maxSourceLength = 10000; // characters
    static constexpr int maxDepth = 64;           // nesting of the tree
    static constexpr int maxListSize = 10000;     // items of a list while evaluating
    static constexpr int maxStep = 1000;          // `Result of step N`
};

} // namespace gatehouse::expr
