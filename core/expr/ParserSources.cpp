// The data sources of the grammar (`Current User`, `This`, `Result of step`,
// `Search for`, parameters) and names: the half of Parser that reads words.
#include "Parser.h"

#include "ExprDiagnostic.h"
#include "Keywords.h"
#include "Limits.h"

#include <cmath>

using namespace Qt::Literals::StringLiterals;

namespace gatehouse::expr {

NodePtr Parser::parseWord()
{
    const Token &word = peek();
    if (word.isWord(u"yes") || word.isWord(u"no")) {
        NodePtr node = Node::make(NodeKind::YesNoLiteral, next().span);
        node->yes = word.isWord(u"yes");
        return node;
    }
    if (word.isWord(u"empty"))
        return Node::make(NodeKind::EmptyLiteral, next().span);
    if (word.isWord(u"current"))
        return parseCurrent();
    if (word.isWord(u"this"))
        return parseThis();
    if (word.isWord(u"result"))
        return parseStepResult();
    if (word.isWord(u"search"))
        return parseSearch();
    if (Keywords::endsName(word.text))
        return failExpected(u"a value"_s);
    NodePtr node = Node::make(NodeKind::Parameter, next().span);
    node->name = word.text;
    return node;
}

NodePtr Parser::parseCurrent()
{
    const Token &current = next();
    if (peek().isWord(u"user"))
        return Node::make(NodeKind::CurrentUser, Span::between(current.span, next().span));
    if (peek().isWord(u"date") && peek(1).kind == TokenKind::Slash && peek(2).isWord(u"time")) {
        next(), next();
        return Node::make(NodeKind::CurrentDateTime, Span::between(current.span, next().span));
    }
    return fail(u"expected-word"_s, u"expected `User` or `date/time` after `Current`"_s,
                peek().span, u"write `Current User` or `Current date/time`"_s);
}

NodePtr Parser::parseThis()
{
    const Token &word = next();
    const auto name = parseName();
    if (!name)
        return failExpected(u"a data type after `This`"_s, u"for example `This Transaction`"_s);
    NodePtr node = Node::make(NodeKind::This, Span::between(word.span, name->second));
    node->name = name->first;
    return node;
}

NodePtr Parser::parseStepResult()
{
    const Token &word = next();
    if (!peek().isWord(u"of") || !peek(1).isWord(u"step"))
        return fail(u"expected-word"_s, u"expected `of step` after `Result`"_s, peek().span,
                    u"write `Result of step 1`"_s);
    next(), next();
    const Token &number = peek();
    if (number.kind != TokenKind::Number)
        return failExpected(u"a step number after `Result of step`"_s,
                            u"write `Result of step 1`"_s);
    next();
    if (number.number < 1 || number.number > Limits::maxStep ||
        number.number != std::floor(number.number))
        return fail(u"invalid-step-number"_s, u"%1 is not a step number"_s.arg(tick(number.text)),
                    number.span, u"steps are counted from 1"_s);
    NodePtr node = Node::make(NodeKind::StepResult, Span::between(word.span, number.span));
    node->step = static_cast<int>(number.number);
    return node;
}

NodePtr Parser::parseSearch()
{
    const Token &word = next();
    if (!peek().isWord(u"for"))
        return fail(u"expected-word"_s, u"expected `for` after `Search`"_s, peek().span,
                    u"write `Search for Transactions`"_s);
    next();
    const auto name = parseName();
    if (!name)
        return failExpected(u"a data type after `Search for`"_s,
                            u"for example `Search for Transactions`"_s);
    NodePtr node = Node::make(NodeKind::Search, Span::between(word.span, name->second));
    node->name = name->first;
    if (!peek().isWord(u"where"))
        return node;
    if (!enter())
        return nullptr;
    do {
        next();
        NodePtr constraint = parseConstraint();
        if (!constraint)
            return nullptr;
        node->span = Span::between(node->span, constraint->span);
        node = withChild(std::move(node), std::move(constraint));
    } while (node && peek().isWord(u"and"));
    --m_depth;
    if (node && !atEnd() && peek().kind != TokenKind::RightParen)
        return fail(u"search-needs-parentheses"_s,
                    u"a search with constraints must end the expression or sit in parentheses"_s,
                    peek().span,
                    u"write `(Search for ... where ...)` before %1"_s.arg(describe(peek())));
    return node;
}

NodePtr Parser::parseConstraint()
{
    const auto name = parseName();
    if (!name)
        return failExpected(u"a field to constrain"_s, u"for example `where tagged is yes`"_s);
    NodePtr field = Node::make(NodeKind::SearchField, name->second);
    field->name = name->first;
    const std::optional<CompareOp> op = readCompareOp();
    if (!op)
        return m_error ? nullptr
                       : failExpected(u"an operator after %1"_s.arg(tick(name->first)),
                                      u"for example `is`, `>` or `contains`"_s);
    NodePtr value = parsePath();
    if (!value)
        return nullptr;
    NodePtr node = Node::make(NodeKind::Comparison, Span::between(name->second, value->span));
    node->compare = *op;
    node = withChild(std::move(node), std::move(field));
    return node ? withChild(std::move(node), std::move(value)) : nullptr;
}

std::optional<std::pair<QString, Span>> Parser::parseName()
{
    if (peek().kind == TokenKind::Name) {
        const Token &name = next();
        return std::pair{name.text, name.span};
    }
    QStringList words;
    Span span = peek().span;
    while (true) {
        const Token &token = peek();
        const bool word = token.kind == TokenKind::Word && !Keywords::endsName(token.text);
        const bool digits = token.kind == TokenKind::Number && !words.isEmpty() &&
                            !token.text.contains(u'.') && !token.text.startsWith(u'-');
        if (!word && !digits)
            break;
        words.append(token.text);
        span = Span::between(span, next().span);
    }
    if (words.isEmpty())
        return std::nullopt;
    return std::pair{words.join(u' '), span};
}

} // namespace gatehouse::expr
