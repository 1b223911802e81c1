#pragma once

#include <QString>

#include <functional>

class QAbstractItemView;
class QAction;
class QFormLayout;
class QWidget;

namespace gatehouse {

// The form every property panel lays its fields out in, so panels look alike.
class PanelForm
{
public:
    // A form on `panel`, its first row the panel's `title`.
    static QFormLayout *create(QWidget *panel, QWidget *title);
    // Insert adds a row and Delete removes the current one while `table` has
    // focus (not while a cell is edited); both also sit in its context menu.
    static void addRowKeys(QAbstractItemView *table, const QString &addText,
                           const std::function<void()> &add, const QString &removeText,
                           const std::function<void()> &remove);
};

} // namespace gatehouse
