#include "KeyDelegate.h"

#include "models/AssignmentTableModel.h"

#include <QComboBox>

using namespace Qt::Literals::StringLiterals;

namespace gatehouse {

QWidget *KeyDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                                   const QModelIndex &index) const
{
    const QVariantList choices = index.data(AssignmentTableModel::KeyChoicesRole).toList();
    if (choices.isEmpty())
        return QStyledItemDelegate::createEditor(parent, option, index);
    auto *combo = new QComboBox(parent);
    combo->setObjectName(u"keyChoices"_s);
    for (const QVariant &choice : choices) {
        const QStringList nameAndType = choice.toStringList();
        combo->addItem(u"%1 (%2)"_s.arg(nameAndType.value(0), nameAndType.value(1)),
                       nameAndType.value(0));
    }
    return combo;
}

void KeyDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    auto *combo = qobject_cast<QComboBox *>(editor);
    if (!combo)
        return QStyledItemDelegate::setEditorData(editor, index);
    combo->setCurrentIndex(qMax(0, combo->findData(index.data(Qt::EditRole))));
}

void KeyDelegate::setModelData(QWidget *editor, QAbstractItemModel *model,
                               const QModelIndex &index) const
{
    auto *combo = qobject_cast<QComboBox *>(editor);
    if (!combo)
        return QStyledItemDelegate::setModelData(editor, model, index);
    model->setData(index, combo->currentData(), Qt::EditRole);
}

} // namespace gatehouse
