#include "PanelForm.h"

#include "StatusColors.h"
#include "model/Diagnostic.h"

#include <QAbstractItemView>
#include <QAction>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QScrollBar>
#include <QTableView>
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

void PanelForm::fitToRows(QTableView *table, int minimumRows)
{
    table->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    table->setSizeAdjustPolicy(QAbstractScrollArea::AdjustIgnored);
    const auto fit = [table, minimumRows] {
        QAbstractItemModel *model = table->model();
        const int rows = model ? model->rowCount() : 0;
        const int rowHeight = table->verticalHeader()->defaultSectionSize();
        const int height = table->horizontalHeader()->sizeHint().height() +
                           qMax(rows, minimumRows) * rowHeight + 2 * table->frameWidth() +
                           (table->horizontalScrollBar()->isVisible()
                                ? table->horizontalScrollBar()->sizeHint().height()
                                : 0);
        table->setFixedHeight(height);
    };
    QAbstractItemModel *model = table->model();
    QObject::connect(model, &QAbstractItemModel::rowsInserted, table, fit);
    QObject::connect(model, &QAbstractItemModel::rowsRemoved, table, fit);
    QObject::connect(model, &QAbstractItemModel::modelReset, table, fit);
    fit();
}

QLabel *PanelForm::createProblemLabel(QWidget *panel)
{
    auto *label = new QLabel(panel);
    label->setObjectName(QStringLiteral("problemMessage"));
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->hide();
    return label;
}

void PanelForm::showProblem(QLabel *label, const Diagnostic &diagnostic)
{
    QPalette palette = label->palette();
    const QColor color = diagnostic.isError()
                             ? StatusColors::error(label->parentWidget()->palette())
                             : StatusColors::warning(label->parentWidget()->palette());
    palette.setColor(QPalette::WindowText, color);
    label->setPalette(palette);
    label->setText(diagnostic.toString());
    label->show();
}

} // namespace gatehouse
