#include "AcceptFindingDialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace gatehouse {

AcceptFindingDialog::AcceptFindingDialog(const QString &checkId, const QString &message,
                                         const QString &where, QWidget *parent)
    : QDialog(parent), m_reason(new QLineEdit), m_accept(new QPushButton(tr("Accept")))
{
    setObjectName(u"acceptFindingDialog"_s);
    setWindowTitle(tr("Accept %1").arg(checkId));
    m_reason->setObjectName(u"acceptReason"_s);
    m_reason->setPlaceholderText(tr("why the risk is acceptable here"));
    m_reason->setMinimumWidth(360);
    m_accept->setObjectName(u"confirmAccept"_s);
    m_accept->setEnabled(false);
    auto *text = new QLabel(
        tr("<b>%1</b> at %2: %3<br>The audit keeps reporting it, marked "
           "accepted, and <tt>--fail-on</tt> no longer counts it.")
            .arg(checkId.toHtmlEscaped(), where.toHtmlEscaped(), message.toHtmlEscaped()));
    text->setWordWrap(true);
    auto *form = new QFormLayout;
    form->addRow(tr("Reason:"), m_reason);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel);
    buttons->addButton(m_accept, QDialogButtonBox::AcceptRole);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(text);
    layout->addLayout(form);
    layout->addWidget(buttons);
    connect(m_reason, &QLineEdit::textChanged, this,
            [this] { m_accept->setEnabled(!reason().isEmpty()); });
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (!reason().isEmpty())
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

QString AcceptFindingDialog::reason() const
{
    return m_reason->text().trimmed();
}

} // namespace gatehouse
