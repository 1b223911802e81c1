#pragma once

#include <QStyledItemDelegate>

namespace gatehouse {

// Edits a step's key by picking it from a list of the fields (or
// parameters) it may set, each shown with its type, when the model offers
// them (AssignmentTableModel::KeyChoicesRole); free text otherwise.
class KeyDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model,
                      const QModelIndex &index) const override;
};

} // namespace gatehouse
