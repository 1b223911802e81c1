#include "NarrowDialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace gatehouse {

namespace {
QLabel *wrapped(const QString &text, const QString &objectName)
{
    auto *label = new QLabel(text);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}
} // namespace

NarrowDialog::NarrowDialog(const QString &tokenName, const QString &before, const QString &after,
                           const QStringList &uses, QWidget *parent)
    : QDialog(parent), m_apply(new QPushButton(tr("Apply")))
{
    setObjectName(u"narrowDialog"_s);
    setWindowTitle(tr("Narrow %1 to what it used").arg(tokenName));
    m_apply->setObjectName(u"applyNarrow"_s);
    auto *form = new QFormLayout;
    form->addRow(tr("Used for:"),
                 wrapped(uses.isEmpty() ? tr("nothing in the request log") : uses.join(u'\n'),
                         u"narrowUses"_s));
    form->addRow(tr("Before:"), wrapped(before, u"narrowBefore"_s));
    form->addRow(tr("After:"), wrapped(after, u"narrowAfter"_s));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel);
    buttons->addButton(m_apply, QDialogButtonBox::AcceptRole);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(
        wrapped(tr("Calls the server refused are not counted. Undo puts the scopes back."),
                u"narrowNote"_s));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(520, sizeHint().height());
}

} // namespace gatehouse
