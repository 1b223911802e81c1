#include "TypeDelegate.h"

#include "models/ParameterTableModel.h"

#include <QComboBox>

namespace gatehouse {

QWidget *TypeDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &,
                                    const QModelIndex &index) const
{
    auto *combo = new QComboBox(parent);
    combo->addItems(index.data(ParameterTableModel::TypeOptionsRole).toStringList());
    return combo;
}

void TypeDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    auto *combo = static_cast<QComboBox *>(editor);
    combo->setCurrentText(index.data(Qt::EditRole).toString());
}

void TypeDelegate::setModelData(QWidget *editor, QAbstractItemModel *model,
                                const QModelIndex &index) const
{
    model->setData(index, static_cast<QComboBox *>(editor)->currentText(), Qt::EditRole);
}

} // namespace gatehouse
