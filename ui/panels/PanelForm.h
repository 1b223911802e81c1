#pragma once

#include <QString>

#include <functional>

class QAbstractItemView;
class QAction;
class QFormLayout;
class QLabel;
class QTableView;
class QWidget;

namespace gatehouse {

struct Diagnostic;

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
    // The line under a panel's title that shows the problem chosen in the
    // Problems panel; hidden until one is shown.
    static QLabel *createProblemLabel(QWidget *panel);
    // Keeps `table` as tall as its rows (at least `minimumRows`), so the
    // panel scrolls as one instead of a scroll bar inside a scroll bar.
    static void fitToRows(QTableView *table, int minimumRows);
    static void showProblem(QLabel *label, const Diagnostic &diagnostic);
};

} // namespace gatehouse
