#include "CheckDelegate.h"

namespace gatehouse {

void CheckDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    QPalette &palette = option->palette;
    const QColor base = palette.color(QPalette::Base);
    if (base.lightness() >= 128)
        return;
    const QColor text = palette.color(QPalette::Text);
    const auto mix = [](int a, int b) { return (a * 2 + b * 3) / 5; };
    palette.setColor(QPalette::Window,
                     QColor(mix(base.red(), text.red()), mix(base.green(), text.green()),
                            mix(base.blue(), text.blue())));
}

} // namespace gatehouse
