#pragma once

#include <QStyledItemDelegate>

namespace gatehouse {

// Edits a records table's cells: a reference with a combo of the target
// type's records by label (the model gets the id); a list by asking for
// its dialog (listEditRequested), no editor in the cell; everything else
// with Qt's editor for the cell's value (a date editor for a date, a
// yes/no chooser for a boolean, a spin box for a number, a line for a text
// or a file's URL).
class RecordItemDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model,
                      const QModelIndex &index) const override;

signals:
    // A list cell was asked to edit (a double click, F2, typing).
    void listEditRequested(const QModelIndex &index) const;
};

} // namespace gatehouse
