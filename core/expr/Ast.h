#pragma once

#include "Span.h"

#include <QString>

#include <memory>
#include <vector>

namespace gatehouse::expr {

enum class NodeKind
{
    TextLiteral,   // name holds the text
    NumberLiteral, // number
    YesNoLiteral,  // yes
    EmptyLiteral,
    CurrentUser,
    CurrentDateTime,
    This,          // name: the type as written
    Parameter,     // name: the key
    StepResult,    // step: 1-based
    Search,        // name: the type as written; children: constraints (Comparison
                   // nodes whose left side is a SearchField)
    SearchField,   // name: a field of the searched type
    Field,         // name: the field as written; child 0: the thing
    ListOperation, // listOp; child 0: the list
    Comparison,    // compare; child 0 and child 1
    And,           // two or more children
    Or,            // two or more children
    Not,           // child 0
};

enum class CompareOp
{
    Is,
    IsNot,
    Greater,
    Less,
    GreaterOrEqual,
    LessOrEqual,
    Contains,
    DoesNotContain,
    IsIn,
};

enum class ListOp
{
    Count,
    FirstItem
};

struct Node;
using NodePtr = std::unique_ptr<Node>;

// One node of an expression's tree. A plain tree, owned from the root; the
// parser keeps its depth at most Limits::maxDepth.
struct Node
{
    NodeKind kind = NodeKind::EmptyLiteral;
    Span span;
    QString name;
    double number = 0;
    bool yes = false;
    int step = 0;
    CompareOp compare = CompareOp::Is;
    ListOp listOp = ListOp::Count;
    std::vector<NodePtr> children;
    int depth = 1; // 1 for a leaf

    const Node &child(std::size_t index) const { return *children.at(index); }
    bool isSearchWithConstraints() const { return kind == NodeKind::Search && !children.empty(); }
    void addChild(NodePtr node);

    static NodePtr make(NodeKind kind, Span span);
};

// The words of an operator, as the canonical text writes them: "is not", ">=".
QString compareOpText(CompareOp op);
// "count", "first item".
QString listOpText(ListOp op);

} // namespace gatehouse::expr
