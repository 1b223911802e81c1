#pragma once

#include "Span.h"

#include <QString>

namespace gatehouse::expr {

enum class TokenKind
{
    Word,       // letters, digits, `_`, `-`; keywords are words too
    Name,       // a name in backticks: `is active`
    Text,       // "a text", unescaped
    Number,     // 12, -3.5
    Possessive, // 's
    Colon,      // :
    Slash,      // /  (only in `Current date/time`)
    LeftParen,
    RightParen,
    Greater,
    Less,
    GreaterOrEqual,
    LessOrEqual,
    End,
};

struct Token
{
    TokenKind kind = TokenKind::End;
    QString text; // the word, the name or the unescaped text
    double number = 0;
    Span span;

    bool isWord(QStringView word) const
    {
        return kind == TokenKind::Word && text.compare(word, Qt::CaseInsensitive) == 0;
    }
};

} // namespace gatehouse::expr
