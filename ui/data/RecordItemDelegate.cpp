#include "RecordItemDelegate.h"

#include "RecordTableModel.h"

#include <QComboBox>
#include <QDateTimeEdit>

namespace gatehouse {

QWidget *RecordItemDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                                          const QModelIndex &index) const
{
    if (index.data(RecordTableModel::IsListRole).toBool()) {
        emit listEditRequested(index);
        return nullptr;
    }
    const QStringList labels = index.data(RecordTableModel::ChoiceLabelsRole).toStringList();
    if (labels.isEmpty()) {
        QWidget *editor = QStyledItemDelegate::createEditor(parent, option, index);
        if (auto *dates = qobject_cast<QDateTimeEdit *>(editor)) {
            dates->setCalendarPopup(true);
            dates->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
        }
        return editor;
    }
    auto *combo = new QComboBox(parent);
    combo->setObjectName(QStringLiteral("referenceChooser"));
    const QStringList ids = index.data(RecordTableModel::ChoiceIdsRole).toStringList();
    for (int i = 0; i < labels.size(); ++i)
        combo->addItem(labels.at(i).isEmpty() ? tr("(none)") : labels.at(i), ids.value(i));
    return combo;
}

void RecordItemDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    if (auto *combo = qobject_cast<QComboBox *>(editor);
        combo && combo->objectName() == QStringLiteral("referenceChooser")) {
        combo->setCurrentIndex(std::max(0, combo->findData(index.data(Qt::EditRole))));
        return;
    }
    QStyledItemDelegate::setEditorData(editor, index);
}

void RecordItemDelegate::setModelData(QWidget *editor, QAbstractItemModel *model,
                                      const QModelIndex &index) const
{
    if (auto *combo = qobject_cast<QComboBox *>(editor);
        combo && combo->objectName() == QStringLiteral("referenceChooser")) {
        model->setData(index, combo->currentData(), Qt::EditRole);
        return;
    }
    QStyledItemDelegate::setModelData(editor, model, index);
}

} // namespace gatehouse
