#include "ThisReferenceDepth.h"

#include "ParseCache.h"

#include <algorithm>

namespace gatehouse::expr {

namespace {
// The number of Field nodes from `node` down to This, or -1 when the chain
// does not start at This.
int chainToThis(const Node &node)
{
    if (node.kind == NodeKind::This)
        return 0;
    if (node.kind != NodeKind::Field || node.children.empty())
        return -1;
    const int below = chainToThis(node.child(0));
    return below < 0 ? -1 : below + 1;
}
} // namespace

int ThisReferenceDepth::of(const Node &root)
{
    int deepest = std::max(chainToThis(root), 0);
    for (const NodePtr &child : root.children)
        deepest = std::max(deepest, of(*child));
    return deepest;
}

int ThisReferenceDepth::of(const QString &source)
{
    const ParseCache::Parsed parsed = ParseCache::parseShared(source);
    return parsed->ok() ? of(*parsed->root) : 0;
}

} // namespace gatehouse::expr
