#pragma once

#include "ExpressionChecker.h"

#include <QStyledItemDelegate>

#include <functional>

namespace gatehouse {

// Edits a table cell that holds an expression (an action's values) with an
// ExpressionEdit: completion of parameters, fields and earlier steps, and the
// checker's message under the cell as the user types. The editor grows down
// over the rows below while there is a message.
class ExpressionDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    // Where the expression in the cell at an index sits.
    using ContextFor = std::function<ExpressionChecker::Context(const QModelIndex &)>;

    explicit ExpressionDelegate(ContextFor contextFor, QObject *parent = nullptr);

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model,
                      const QModelIndex &index) const override;
    void updateEditorGeometry(QWidget *editor, const QStyleOptionViewItem &option,
                              const QModelIndex &index) const override;

protected:
    // Keys and focus reach the editor's line edit, not the editor itself:
    // handle them as the editor's, so Enter, Tab, Escape and leaving the
    // cell commit or cancel as in any other cell (Enter at once, not from
    // the event loop, and only once).
    bool eventFilter(QObject *object, QEvent *event) override;

private:
    ContextFor m_contextFor;
};

} // namespace gatehouse
