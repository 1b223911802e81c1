#include "JsonHighlighter.h"

#include "panels/StatusColors.h"

#include <QGuiApplication>
#include <QPalette>

using namespace Qt::Literals::StringLiterals;

namespace gatehouse {

namespace {
const QRegularExpression &stringPattern()
{
    static const QRegularExpression pattern(uR"("(?:\\.|[^"\\])*")"_s);
    return pattern;
}
const QRegularExpression &keyPattern()
{
    static const QRegularExpression pattern(uR"("(?:\\.|[^"\\])*"(?=\s*:))"_s);
    return pattern;
}
const QRegularExpression &numberPattern()
{
    static const QRegularExpression pattern(uR"((?<![\w."])-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?)"_s);
    return pattern;
}
const QRegularExpression &literalPattern()
{
    static const QRegularExpression pattern(uR"(\b(?:true|false|null)\b)"_s);
    return pattern;
}
QTextCharFormat colored(const QColor &color, bool bold = false)
{
    QTextCharFormat format;
    format.setForeground(color);
    if (bold)
        format.setFontWeight(QFont::DemiBold);
    return format;
}
} // namespace

JsonHighlighter::JsonHighlighter(QTextDocument *document) : QSyntaxHighlighter(document)
{
    repalette(QGuiApplication::palette());
}

void JsonHighlighter::repalette(const QPalette &palette)
{
    const QColor base = palette.color(QPalette::Base);
    m_key = colored(StatusColors::readableOn(palette.color(QPalette::Link), base), true);
    m_string = colored(StatusColors::readableOn(QColor(0x2e, 0x7d, 0x32), base));
    m_number = colored(StatusColors::readableOn(QColor(0xb3, 0x5c, 0x00), base));
    m_literal = colored(StatusColors::readableOn(QColor(0x8e, 0x44, 0xad), base), true);
    rehighlight();
}

void JsonHighlighter::highlightBlock(const QString &text)
{
    // Numbers and literals first: a string (or key) that holds one wins.
    apply(numberPattern(), text, m_number);
    apply(literalPattern(), text, m_literal);
    apply(stringPattern(), text, m_string);
    apply(keyPattern(), text, m_key);
}

void JsonHighlighter::apply(const QRegularExpression &pattern, const QString &text,
                            const QTextCharFormat &format)
{
    for (auto it = pattern.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        setFormat(int(match.capturedStart()), int(match.capturedLength()), format);
    }
}

} // namespace gatehouse
