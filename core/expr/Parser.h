#pragma once

#include "Ast.h"
#include "Token.h"

#include "model/Diagnostic.h"

#include <QList>

#include <optional>

namespace gatehouse::expr {

// A tree, or the first syntax error (then root is null).
struct ParseResult
{
    NodePtr root;
    std::optional<Diagnostic> error;

    bool ok() const { return root != nullptr; }
};

// Reads an expression's text into a tree; see docs/expressions.md for the
// grammar. Never throws; stops at the first error.
class Parser
{
public:
    static ParseResult parse(const QString &source);

private:
    Parser(const QString &source, QList<Token> tokens)
        : m_source(source), m_tokens(std::move(tokens))
    {
    }

    NodePtr parseOr();
    NodePtr parseAnd();
    NodePtr parseNot();
    NodePtr parseComparison();
    std::optional<CompareOp> readCompareOp();
    NodePtr parsePath();
    NodePtr parsePostfix(NodePtr base);
    NodePtr parsePrimary();
    NodePtr parseWord();
    NodePtr parseCurrent();
    NodePtr parseThis();
    NodePtr parseStepResult();
    NodePtr parseSearch();
    NodePtr parseConstraint();
    NodePtr parseListOperation(NodePtr base, Span colon);
    NodePtr parseParenthesised();
    // A type or field name: one name in backticks, or words up to a keyword.
    std::optional<std::pair<QString, Span>> parseName();

    const Token &peek(int ahead = 0) const;
    const Token &next() { return m_tokens.at(m_pos < m_tokens.size() - 1 ? m_pos++ : m_pos); }
    bool atEnd() const { return peek().kind == TokenKind::End; }
    QString describe(const Token &token) const;
    NodePtr fail(const QString &code, const QString &message, Span span, const QString &help = {});
    NodePtr failExpected(const QString &what, const QString &help = {});
    NodePtr checkDepth(NodePtr node);
    NodePtr withChild(NodePtr node, NodePtr child);
    bool enter();

    const QString &m_source;
    QList<Token> m_tokens;
    qsizetype m_pos = 0;
    int m_depth = 0;
    std::optional<Diagnostic> m_error;
};

} // namespace gatehouse::expr
