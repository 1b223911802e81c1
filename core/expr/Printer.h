#pragma once

#include "Ast.h"

#include <QString>

namespace gatehouse::expr {

// Writes a tree back as canonical text: keywords as the docs spell them, one
// space between words, parentheses only where the grammar needs them. Parsing
// the text gives the same tree.
class Printer
{
public:
    static QString print(const Node &node);
    // As an operand: in parentheses unless it is a single path.
    static QString printOperand(const Node &node) { return print(node, PathLevel); }
    // A text literal in double quotes, with `\` escapes.
    static QString quoteText(const QString &text);
    static QString formatNumber(double number);

private:
    enum Level
    {
        OrLevel,
        AndLevel,
        NotLevel,
        ComparisonLevel,
        PathLevel
    };
    static QString print(const Node &node, Level needed);
    static QString printJoined(const Node &node, const QString &joiner, Level childLevel);
    static QString printSearch(const Node &node);
    static QString printComparison(const Node &node);
    static Level levelOf(const Node &node);
};

} // namespace gatehouse::expr
