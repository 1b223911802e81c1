#include "EditorPalette.h"

#include <QApplication>

namespace gatehouse {

namespace {
QColor halfway(const QColor &from, const QColor &to)
{
    return QColor((from.red() + to.red()) / 2, (from.green() + to.green()) / 2,
                  (from.blue() + to.blue()) / 2);
}
} // namespace

QPalette EditorPalette::dark()
{
    QPalette dark;
    dark.setColor(QPalette::Window, QColor(0x2b, 0x2d, 0x31));
    dark.setColor(QPalette::WindowText, QColor(0xe6, 0xe6, 0xe6));
    dark.setColor(QPalette::Base, QColor(0x1e, 0x1f, 0x22));
    dark.setColor(QPalette::AlternateBase, QColor(0x33, 0x35, 0x3a));
    dark.setColor(QPalette::Text, QColor(0xe6, 0xe6, 0xe6));
    dark.setColor(QPalette::Button, QColor(0x35, 0x37, 0x3c));
    dark.setColor(QPalette::ButtonText, QColor(0xe6, 0xe6, 0xe6));
    dark.setColor(QPalette::Highlight, QColor(0x3d, 0x7e, 0xe6));
    dark.setColor(QPalette::HighlightedText, Qt::white);
    dark.setColor(QPalette::Light, QColor(0x45, 0x48, 0x4e));
    dark.setColor(QPalette::Midlight, QColor(0x3e, 0x41, 0x47));
    dark.setColor(QPalette::Mid, QColor(0x4a, 0x4d, 0x54));
    dark.setColor(QPalette::Dark, QColor(0x1a, 0x1b, 0x1e));
    dark.setColor(QPalette::Shadow, QColor(0x10, 0x10, 0x12));
    dark.setColor(QPalette::Link, QColor(0x6c, 0xa8, 0xff));
    dark.setColor(QPalette::PlaceholderText, QColor(0x8a, 0x8f, 0x98));
    dark.setColor(QPalette::ToolTipBase, QColor(0x35, 0x37, 0x3c));
    dark.setColor(QPalette::ToolTipText, QColor(0xe6, 0xe6, 0xe6));
    return withDistinctDisabled(dark);
}

QPalette EditorPalette::withDistinctDisabled(QPalette palette)
{
    const struct
    {
        QPalette::ColorRole text;
        QPalette::ColorRole background;
    } pairs[] = {{QPalette::WindowText, QPalette::Window},
                 {QPalette::Text, QPalette::Base},
                 {QPalette::ButtonText, QPalette::Button}};
    for (const auto &pair : pairs) {
        const QColor enabled = palette.color(QPalette::Active, pair.text);
        if (palette.color(QPalette::Disabled, pair.text) != enabled)
            continue;
        palette.setColor(QPalette::Disabled, pair.text,
                         halfway(enabled, palette.color(QPalette::Disabled, pair.background)));
    }
    return palette;
}

void EditorPalette::apply(const QPalette &palette)
{
    QApplication::setPalette(withDistinctDisabled(palette));
}

} // namespace gatehouse
