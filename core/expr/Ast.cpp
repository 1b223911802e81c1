#include "Ast.h"

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace gatehouse::expr {

void Node::addChild(NodePtr node)
{
    depth = std::max(depth, node->depth + 1);
    children.push_back(std::move(node));
}

NodePtr Node::make(NodeKind kind, Span span)
{
    auto node = std::make_unique<Node>();
    node->kind = kind;
    node->span = span;
    return node;
}

QString compareOpText(CompareOp op)
{
    switch (op) {
    case CompareOp::Is:
        return u"is"_s;
    case CompareOp::IsNot:
        return u"is not"_s;
    case CompareOp::Greater:
        return u">"_s;
    case CompareOp::Less:
        return u"<"_s;
    case CompareOp::GreaterOrEqual:
        return u">="_s;
    case CompareOp::LessOrEqual:
        return u"<="_s;
    case CompareOp::Contains:
        return u"contains"_s;
    case CompareOp::DoesNotContain:
        return u"doesn't contain"_s;
    case CompareOp::IsIn:
        return u"is in"_s;
    }
    return {};
}

QString listOpText(ListOp op)
{
    return op == ListOp::Count ? u"count"_s : u"first item"_s;
}

} // namespace gatehouse::expr
