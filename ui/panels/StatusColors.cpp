#include "StatusColors.h"

#include <QPalette>

#include <cmath>

namespace gatehouse {

namespace {
qreal luminance(const QColor &color)
{
    const auto channel = [](qreal c) {
        return c <= 0.03928 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
    };
    return 0.2126 * channel(color.redF()) + 0.7152 * channel(color.greenF()) +
           0.0722 * channel(color.blueF());
}
} // namespace

qreal StatusColors::contrast(const QColor &a, const QColor &b)
{
    const qreal la = luminance(a);
    const qreal lb = luminance(b);
    return (qMax(la, lb) + 0.05) / (qMin(la, lb) + 0.05);
}

QColor StatusColors::readableOn(const QColor &color, const QColor &background)
{
    const bool darkBackground = luminance(background) < 0.18;
    QColor candidate = color.toHsl();
    for (int step = 0; step < 20 && contrast(candidate, background) < minimumContrast; ++step) {
        const qreal lightness = candidate.lightnessF() + (darkBackground ? 0.05 : -0.05);
        candidate.setHslF(candidate.hslHueF(), candidate.hslSaturationF(),
                          qBound(0.0, lightness, 1.0));
    }
    return candidate.toRgb();
}

QColor StatusColors::error(const QPalette &palette)
{
    return readableOn(QColor(0xd2, 0x3f, 0x4a), palette.color(QPalette::Window));
}

QColor StatusColors::success(const QPalette &palette)
{
    return readableOn(QColor(0x2e, 0x7d, 0x32), palette.color(QPalette::Window));
}

QColor StatusColors::warning(const QPalette &palette)
{
    return readableOn(QColor(0xe0, 0x8a, 0x00), palette.color(QPalette::Window));
}

} // namespace gatehouse
