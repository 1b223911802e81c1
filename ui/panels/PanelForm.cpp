#include "PanelForm.h"

#include <QAbstractItemView>
#include <QAction>
#include <QFormLayout>
#include <QWidget>

namespace gatehouse {

QFormLayout *PanelForm::create(QWidget *panel, QWidget *title)
{
    auto *form = new QFormLayout(panel);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setLabelAlignment(Qt::AlignRight | Qt::AlignVCenter);
    form->setContentsMargins(12, 12, 12, 12);
    form->setVerticalSpacing(8);
    form->addRow(title);
    return form;
}

void PanelForm::addRowKeys(QAbstractItemView *table, const QString &addText,
                           const std::function<void()> &add, const QString &removeText,
                           const std::function<void()> &remove)
{
    const auto keyed = [table](const QString &text, QKeySequence key,
                               const std::function<void()> &run) {
        auto *action = new QAction(text, table);
        action->setShortcut(key);
        action->setShortcutContext(Qt::WidgetShortcut);
        QObject::connect(action, &QAction::triggered, table, run);
        table->addAction(action);
    };
    keyed(addText, QKeySequence(Qt::Key_Insert), add);
    keyed(removeText, QKeySequence::Delete, remove);
    table->setContextMenuPolicy(Qt::ActionsContextMenu);
}

} // namespace gatehouse
