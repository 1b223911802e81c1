#include "Parser.h"

#include "ExprDiagnostic.h"
#include "Keywords.h"
#include "Lexer.h"
#include "Limits.h"
#include "Suggestions.h"

#include <cmath>

using namespace Qt::Literals::StringLiterals;

namespace gatehouse::expr {

ParseResult Parser::parse(const QString &source)
{
    ParseResult result;
    if (source.size() > Limits::maxSourceLength) {
        result.error = makeDiagnostic(
            u"too-long"_s,
            u"the expression is longer than %1 characters"_s.arg(Limits::maxSourceLength),
            {Limits::maxSourceLength, static_cast<int>(source.size()) - Limits::maxSourceLength});
        return result;
    }
    QList<Token> tokens;
    if (auto error = Lexer(source).tokenize(tokens)) {
        result.error = error;
        return result;
    }
    if (tokens.size() == 1) {
        result.error = makeDiagnostic(u"empty-expression"_s, u"the expression is empty"_s,
                                      {0, static_cast<int>(source.size())});
        return result;
    }
    Parser parser(source, std::move(tokens));
    NodePtr root = parser.parseOr();
    if (root && !parser.atEnd()) {
        const Token &extra = parser.peek();
        if (extra.kind == TokenKind::RightParen)
            parser.fail(u"unmatched-parenthesis"_s, u"this `)` has no matching `(`"_s, extra.span,
                        u"remove it, or add `(` before it"_s);
        else
            parser.fail(u"unexpected-token"_s, u"unexpected %1"_s.arg(parser.describe(extra)),
                        extra.span, u"join conditions with `and` or `or`"_s);
    }
    if (parser.m_error)
        result.error = parser.m_error;
    else
        result.root = std::move(root);
    return result;
}

bool Parser::enter()
{
    if (++m_depth <= Limits::maxDepth)
        return true;
    fail(u"too-deep"_s,
         u"the expression is nested more than %1 levels deep"_s.arg(Limits::maxDepth), peek().span,
         u"split it into simpler conditions"_s);
    return false;
}

NodePtr Parser::parseOr()
{
    if (!enter())
        return nullptr;
    NodePtr first = parseAnd();
    if (first && peek().isWord(u"or")) {
        NodePtr node = Node::make(NodeKind::Or, first->span);
        node->addChild(std::move(first));
        while (node && peek().isWord(u"or")) {
            next();
            NodePtr operand = parseAnd();
            node = operand ? withChild(std::move(node), std::move(operand)) : nullptr;
        }
        first = std::move(node);
    }
    --m_depth;
    return first;
}

NodePtr Parser::parseAnd()
{
    NodePtr first = parseNot();
    if (!first || !peek().isWord(u"and"))
        return first;
    NodePtr node = Node::make(NodeKind::And, first->span);
    node->addChild(std::move(first));
    while (node && peek().isWord(u"and")) {
        next();
        NodePtr operand = parseNot();
        node = operand ? withChild(std::move(node), std::move(operand)) : nullptr;
    }
    return node;
}

NodePtr Parser::parseNot()
{
    if (!peek().isWord(u"not"))
        return parseComparison();
    if (!enter())
        return nullptr;
    const Token &word = next();
    NodePtr operand = parseNot();
    --m_depth;
    if (!operand)
        return nullptr;
    return withChild(Node::make(NodeKind::Not, word.span), std::move(operand));
}

NodePtr Parser::parseComparison()
{
    NodePtr left = parsePath();
    if (!left)
        return nullptr;
    const std::optional<CompareOp> op = readCompareOp();
    if (!op)
        return m_error ? nullptr : std::move(left);
    NodePtr right = parsePath();
    if (!right)
        return nullptr;
    NodePtr node = Node::make(NodeKind::Comparison, left->span);
    node->compare = *op;
    node = withChild(std::move(node), std::move(left));
    return node ? withChild(std::move(node), std::move(right)) : nullptr;
}

std::optional<CompareOp> Parser::readCompareOp()
{
    const Token &token = peek();
    switch (token.kind) {
    case TokenKind::Greater:
        next();
        return CompareOp::Greater;
    case TokenKind::Less:
        next();
        return CompareOp::Less;
    case TokenKind::GreaterOrEqual:
        next();
        return CompareOp::GreaterOrEqual;
    case TokenKind::LessOrEqual:
        next();
        return CompareOp::LessOrEqual;
    default:
        break;
    }
    if (token.isWord(u"is")) {
        next();
        if (peek().isWord(u"not"))
            return next(), CompareOp::IsNot;
        if (peek().isWord(u"in"))
            return next(), CompareOp::IsIn;
        return CompareOp::Is;
    }
    if (token.isWord(u"contains"))
        return next(), CompareOp::Contains;
    if (token.isWord(u"doesn't")) {
        next();
        if (peek().isWord(u"contain"))
            return next(), CompareOp::DoesNotContain;
        fail(u"expected-word"_s, u"expected `contain` after `doesn't`"_s, peek().span,
             u"write `doesn't contain`"_s);
    }
    return std::nullopt;
}

NodePtr Parser::parsePath()
{
    NodePtr base = parsePrimary();
    while (base) {
        const Token &token = peek();
        if (token.kind == TokenKind::Possessive) {
            next();
            const auto name = parseName();
            if (!name)
                return failExpected(u"a field name after `'s`"_s);
            NodePtr field = Node::make(NodeKind::Field, Span::between(base->span, name->second));
            field->name = name->first;
            base = withChild(std::move(field), std::move(base));
        } else if (token.kind == TokenKind::Colon) {
            next();
            base = parseListOperation(std::move(base), token.span);
        } else {
            break;
        }
    }
    return base;
}

NodePtr Parser::parseListOperation(NodePtr base, Span colon)
{
    const Token &word = peek();
    Span span = Span::between(base->span, word.span);
    ListOp op = ListOp::Count;
    if (word.isWord(u"count")) {
        next();
    } else if (word.isWord(u"first") && peek(1).isWord(u"item")) {
        next();
        span = Span::between(base->span, next().span);
        op = ListOp::FirstItem;
    } else {
        const QString written = word.kind == TokenKind::End ? QString() : describe(word);
        const QString suggestion =
            Suggestions::didYouMean(word.text, {u"count"_s, u"first item"_s});
        const QString help = suggestion.isEmpty() ? u"use `:count` or `:first item`"_s : suggestion;
        if (written.isEmpty())
            return fail(u"unknown-list-operator"_s, u"expected a list operator after `:`"_s, colon,
                        help);
        return fail(u"unknown-list-operator"_s, u"unknown list operator %1"_s.arg(written),
                    word.span, help);
    }
    NodePtr node = Node::make(NodeKind::ListOperation, span);
    node->listOp = op;
    return withChild(std::move(node), std::move(base));
}

NodePtr Parser::parsePrimary()
{
    const Token &token = peek();
    switch (token.kind) {
    case TokenKind::Text: {
        NodePtr node = Node::make(NodeKind::TextLiteral, next().span);
        node->name = token.text;
        return node;
    }
    case TokenKind::Number: {
        NodePtr node = Node::make(NodeKind::NumberLiteral, next().span);
        node->number = token.number;
        return node;
    }
    case TokenKind::Name: {
        NodePtr node = Node::make(NodeKind::Parameter, next().span);
        node->name = token.text;
        return node;
    }
    case TokenKind::LeftParen:
        return parseParenthesised();
    case TokenKind::Word:
        return parseWord();
    default:
        return failExpected(u"a value"_s);
    }
}

NodePtr Parser::parseParenthesised()
{
    const Token &open = next();
    NodePtr inner = parseOr();
    if (!inner)
        return nullptr;
    if (peek().kind != TokenKind::RightParen)
        return fail(u"unclosed-parenthesis"_s, u"this `(` has no matching `)`"_s, open.span,
                    u"add `)` before %1"_s.arg(describe(peek())));
    next();
    return inner;
}

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

const Token &Parser::peek(int ahead) const
{
    return m_tokens.at(std::min(m_pos + ahead, m_tokens.size() - 1));
}

QString Parser::describe(const Token &token) const
{
    if (token.kind == TokenKind::End)
        return u"the end of the expression"_s;
    return tick(m_source.mid(token.span.position, token.span.length));
}

NodePtr Parser::fail(const QString &code, const QString &message, Span span, const QString &help)
{
    if (!m_error)
        m_error = makeDiagnostic(code, message, span, help);
    return nullptr;
}

NodePtr Parser::failExpected(const QString &what, const QString &help)
{
    const Token &token = peek();
    return fail(u"expected-value"_s, u"expected %1, found %2"_s.arg(what, describe(token)),
                token.span, help);
}

NodePtr Parser::withChild(NodePtr node, NodePtr child)
{
    if (!node || !child)
        return nullptr;
    node->span = Span::unite(node->span, child->span);
    node->addChild(std::move(child));
    if (node->depth > Limits::maxDepth)
        return fail(u"too-deep"_s,
                    u"the expression is nested more than %1 levels deep"_s.arg(Limits::maxDepth),
                    node->span, u"split it into simpler conditions"_s);
    return node;
}

} // namespace gatehouse::expr
