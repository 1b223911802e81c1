#include "RotateDialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace gatehouse {

RotateDialog::RotateDialog(const QString &tokenName, QWidget *parent)
    : QDialog(parent), m_grace(new QComboBox), m_rotate(new QPushButton(tr("Rotate")))
{
    setObjectName(u"rotateDialog"_s);
    setWindowTitle(tr("Rotate %1").arg(tokenName));
    m_grace->setObjectName(u"graceChoice"_s);
    m_rotate->setObjectName(u"confirmRotate"_s);
    const std::pair<QString, qint64> choices[] = {{tr("none: the old secret stops now"), 0},
                                                  {tr("1 hour"), 3600},
                                                  {tr("1 day"), 86400},
                                                  {tr("7 days"), 7 * 86400},
                                                  {tr("30 days"), 30 * 86400}};
    for (const auto &[text, seconds] : choices)
        m_grace->addItem(text, seconds);
    m_grace->setToolTip(tr("How long the old secret keeps working, for the integration to move "
                           "to the new one; the Tokens table shows when it ends"));
    auto *text = new QLabel(tr("A new secret for <b>%1</b>, with the same name and scopes. It "
                               "is shown once.")
                                .arg(tokenName.toHtmlEscaped()));
    text->setWordWrap(true);
    auto *form = new QFormLayout;
    form->addRow(tr("Old secret works for:"), m_grace);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel);
    buttons->addButton(m_rotate, QDialogButtonBox::AcceptRole);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(text);
    layout->addLayout(form);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

qint64 RotateDialog::graceSeconds() const
{
    return m_grace->currentData().toLongLong();
}

} // namespace gatehouse
