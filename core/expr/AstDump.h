#pragma once

#include "Ast.h"

#include <QString>

namespace gatehouse::expr {

// A tree as a one-line s-expression without spans, e.g.
// `(is (get (this Transaction) Creator) current-user)`: what the tests compare
// and what a round trip must keep.
class AstDump
{
public:
    static QString dump(const Node &node);

private:
    static QString head(const Node &node);
};

} // namespace gatehouse::expr
