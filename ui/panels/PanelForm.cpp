#include "PanelForm.h"

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

} // namespace gatehouse
