#pragma once

#include <QProxyStyle>

namespace gatehouse {

// The platform's style, with check boxes and radio buttons whose frame
// stands out on a dark palette: Fusion draws it from the window colour,
// nearly the colour of the base it sits on, so an unchecked box (a scope not
// granted) could not be seen. The frame gets at least the 3:1 contrast WCAG
// asks of controls.
class EditorStyle : public QProxyStyle
{
    Q_OBJECT

public:
    using QProxyStyle::QProxyStyle;

    void drawPrimitive(PrimitiveElement element, const QStyleOption *option, QPainter *painter,
                       const QWidget *widget = nullptr) const override;

    // The frame's colour: the text colour toned towards the base.
    static QColor checkFrame(const QPalette &palette);
    static bool isDark(const QPalette &palette);
};

} // namespace gatehouse
