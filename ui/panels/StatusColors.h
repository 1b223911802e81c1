#pragma once

#include <QColor>

class QPalette;

namespace gatehouse {

// The colours of messages under fields (an error's red, a warning's amber),
// made readable on the palette's window colour, light or dark, rather than
// fixed values that vanish on one of them.
class StatusColors
{
public:
    static QColor error(const QPalette &palette);
    static QColor warning(const QPalette &palette);
    // A passed check's green, as the trace shows it.
    static QColor success(const QPalette &palette);
    // `color`, lightened or darkened until text in it reads on `background`
    // (a WCAG contrast of at least 4.5).
    static QColor readableOn(const QColor &color, const QColor &background);
    // The WCAG contrast ratio of two colours, from 1 to 21.
    static qreal contrast(const QColor &a, const QColor &b);

    static constexpr qreal minimumContrast = 4.5;
};

} // namespace gatehouse
