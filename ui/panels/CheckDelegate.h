#pragma once

#include <QStyledItemDelegate>

namespace gatehouse {

// Draws a table's check boxes so that they show on a dark palette too: the
// Fusion style outlines a box in a darker shade of the window colour, black
// on black when the palette is dark, so the box gets a window colour between
// base and text there.
class CheckDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;
};

} // namespace gatehouse
