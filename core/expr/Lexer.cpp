#include "Lexer.h"

#include "ExprDiagnostic.h"

using namespace Qt::Literals::StringLiterals;

namespace gatehouse::expr {

std::optional<Diagnostic> Lexer::tokenize(QList<Token> &out)
{
    out.clear();
    m_pos = 0;
    while (true) {
        while (at(m_pos).isSpace())
            ++m_pos;
        if (m_pos >= m_source.size())
            break;
        if (auto error = readToken(out)) {
            addEnd(out);
            return error;
        }
    }
    addEnd(out);
    return std::nullopt;
}

std::optional<Diagnostic> Lexer::readToken(QList<Token> &out)
{
    const QChar c = at(m_pos);
    const int start = m_pos;
    if (isWordStart(c)) {
        readWord(out);
        return std::nullopt;
    }
    if (isDigit(c) || (c == u'-' && isDigit(at(m_pos + 1))))
        return readNumber(out);
    if (c == u'"')
        return readText(out);
    if (c == u'`')
        return readName(out);
    if (isApostrophe(c))
        return readApostrophe(out);
    const bool followedByEquals = at(m_pos + 1) == u'=';
    m_pos += 1;
    switch (c.unicode()) {
    case u':':
        add(out, TokenKind::Colon, start);
        return std::nullopt;
    case u'/':
        add(out, TokenKind::Slash, start);
        return std::nullopt;
    case u'(':
        add(out, TokenKind::LeftParen, start);
        return std::nullopt;
    case u')':
        add(out, TokenKind::RightParen, start);
        return std::nullopt;
    case u'>':
    case u'<':
        m_pos += followedByEquals ? 1 : 0;
        add(out,
            c == u'>' ? (followedByEquals ? TokenKind::GreaterOrEqual : TokenKind::Greater)
                      : (followedByEquals ? TokenKind::LessOrEqual : TokenKind::Less),
            start);
        return std::nullopt;
    default:
        break;
    }
    const QString shown =
        c.isPrint() ? QString(c) : u"U+%1"_s.arg(int(c.unicode()), 4, 16, QChar(u'0'));
    QString help;
    if (c == u'=')
        help = u"write `is` to compare, as in `amount is 5`"_s;
    else if (c == u'\'')
        help = u"write text in double quotes"_s;
    return makeDiagnostic(u"unexpected-character"_s, u"unexpected character %1"_s.arg(tick(shown)),
                          {start, 1}, help);
}

// 's reaches a field; 't ends a word like doesn't.
std::optional<Diagnostic> Lexer::readApostrophe(QList<Token> &out)
{
    const int start = m_pos;
    const QChar next = at(m_pos + 1);
    const bool endsThere = !isWordChar(at(m_pos + 2));
    if ((next == u's' || next == u'S') && endsThere) {
        m_pos += 2;
        add(out, TokenKind::Possessive, start);
        return std::nullopt;
    }
    const bool afterWord =
        !out.isEmpty() && out.last().kind == TokenKind::Word && out.last().span.end() == start;
    if ((next == u't' || next == u'T') && endsThere && afterWord) {
        m_pos += 2;
        Token &word = out.last();
        word.text += u"'t"_s;
        word.span.length += 2;
        return std::nullopt;
    }
    return makeDiagnostic(u"unexpected-character"_s, u"unexpected character `'`"_s, {start, 1},
                          u"write `'s` to reach a field, as in `Current User's email`"_s);
}

std::optional<Diagnostic> Lexer::readText(QList<Token> &out)
{
    const int start = m_pos++;
    QString text;
    while (m_pos < m_source.size()) {
        const QChar c = m_source.at(m_pos);
        if (c == u'"') {
            ++m_pos;
            add(out, TokenKind::Text, start, text);
            return std::nullopt;
        }
        if (c != u'\\') {
            text += c;
            ++m_pos;
            continue;
        }
        const QChar escaped = at(m_pos + 1);
        switch (escaped.unicode()) {
        case u'"':
            text += u'"';
            break;
        case u'\\':
            text += u'\\';
            break;
        case u'n':
            text += u'\n';
            break;
        case u't':
            text += u'\t';
            break;
        case u'r':
            text += u'\r';
            break;
        default:
            if (m_pos + 1 >= m_source.size())
                break;
            return makeDiagnostic(u"invalid-escape"_s,
                                  u"unknown escape %1 in a text"_s.arg(tick(u'\\' + escaped)),
                                  {m_pos, 2}, u"use `\\\"`, `\\\\`, `\\n`, `\\t` or `\\r`"_s);
        }
        m_pos += 2;
    }
    return makeDiagnostic(u"unterminated-text"_s, u"this text has no closing `\"`"_s,
                          {start, static_cast<int>(m_source.size()) - start},
                          u"end the text with `\"`"_s);
}

std::optional<Diagnostic> Lexer::readName(QList<Token> &out)
{
    const int start = m_pos;
    const int close = m_source.indexOf(u'`', start + 1);
    if (close < 0)
        return makeDiagnostic(u"unterminated-name"_s, u"this name has no closing backtick"_s,
                              {start, static_cast<int>(m_source.size()) - start},
                              u"end the name with a backtick"_s);
    const QString name = m_source.mid(start + 1, close - start - 1);
    m_pos = close + 1;
    if (name.trimmed().isEmpty())
        return makeDiagnostic(u"empty-name"_s, u"a name in backticks is empty"_s,
                              {start, m_pos - start});
    add(out, TokenKind::Name, start, name);
    return std::nullopt;
}

std::optional<Diagnostic> Lexer::readNumber(QList<Token> &out)
{
    const int start = m_pos;
    if (at(m_pos) == u'-')
        ++m_pos;
    while (isDigit(at(m_pos)))
        ++m_pos;
    if (at(m_pos) == u'.' && isDigit(at(m_pos + 1))) {
        ++m_pos;
        while (isDigit(at(m_pos)))
            ++m_pos;
    }
    const QString text = m_source.mid(start, m_pos - start);
    bool ok = false;
    const double value = text.toDouble(&ok);
    if (!ok || !qIsFinite(value))
        return makeDiagnostic(u"invalid-number"_s, u"number %1 is too large"_s.arg(tick(text)),
                              {start, m_pos - start});
    add(out, TokenKind::Number, start, text);
    out.last().number = value;
    return std::nullopt;
}

void Lexer::readWord(QList<Token> &out)
{
    const int start = m_pos;
    while (isWordChar(at(m_pos)))
        ++m_pos;
    add(out, TokenKind::Word, start, m_source.mid(start, m_pos - start));
}

void Lexer::addEnd(QList<Token> &out)
{
    Token end;
    end.span = {static_cast<int>(m_source.size()), 0};
    out.append(end);
}

void Lexer::add(QList<Token> &out, TokenKind kind, int start, const QString &text)
{
    Token token;
    token.kind = kind;
    token.text = text;
    token.span = {start, m_pos - start};
    out.append(token);
}

} // namespace gatehouse::expr
