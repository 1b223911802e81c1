#pragma once

#include <QRegularExpression>
#include <QSyntaxHighlighter>
#include <QTextCharFormat>

namespace gatehouse {

// Colours a pretty-printed JSON body: keys, strings, numbers and the
// literals true, false and null, each readable on the palette's base, light
// or dark. The colours follow the palette when it changes (repalette()).
class JsonHighlighter : public QSyntaxHighlighter
{
    Q_OBJECT

public:
    explicit JsonHighlighter(QTextDocument *document);

    // Picks the colours for `palette` again and re-highlights.
    void repalette(const QPalette &palette);
    QColor keyColor() const { return m_key.foreground().color(); }
    QColor stringColor() const { return m_string.foreground().color(); }

protected:
    void highlightBlock(const QString &text) override;

private:
    void apply(const QRegularExpression &pattern, const QString &text,
               const QTextCharFormat &format);

    QTextCharFormat m_key;
    QTextCharFormat m_string;
    QTextCharFormat m_number;
    QTextCharFormat m_literal;
};

} // namespace gatehouse
