#pragma once

#include <QStyledItemDelegate>

namespace gatehouse {

// Edits a parameter's type with a combo box of the choices the model offers
// (ParameterTableModel::TypeOptionsRole).
class TypeDelegate : public QStyledItemDelegate
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
