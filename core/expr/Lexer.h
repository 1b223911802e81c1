#pragma once

#include "Token.h"

#include "model/Diagnostic.h"

#include <QList>

#include <optional>

namespace gatehouse::expr {

// Cuts an expression into tokens. Stops at the first character it cannot read
// and says which one; the token list then ends there.
class Lexer
{
public:
    explicit Lexer(const QString &source) : m_source(source) {}

    // The tokens, always ending with an End token, or the first error.
    std::optional<Diagnostic> tokenize(QList<Token> &out);

private:
    QChar at(int index) const { return index < m_source.size() ? m_source.at(index) : QChar(); }
    static bool isWordStart(QChar c) { return c.isLetter() || c == u'_'; }
    static bool isWordChar(QChar c) { return c.isLetterOrNumber() || c == u'_' || c == u'-'; }
    static bool isDigit(QChar c) { return c >= u'0' && c <= u'9'; }
    static bool isApostrophe(QChar c) { return c == u'\'' || c == QChar(0x2019); }

    std::optional<Diagnostic> readToken(QList<Token> &out);
    std::optional<Diagnostic> readApostrophe(QList<Token> &out);
    std::optional<Diagnostic> readText(QList<Token> &out);
    std::optional<Diagnostic> readName(QList<Token> &out);
    std::optional<Diagnostic> readNumber(QList<Token> &out);
    void readWord(QList<Token> &out);
    void addEnd(QList<Token> &out);
    void add(QList<Token> &out, TokenKind kind, int start, const QString &text = {});

    const QString &m_source;
    int m_pos = 0;
};

} // namespace gatehouse::expr
