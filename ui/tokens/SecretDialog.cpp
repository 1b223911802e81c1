#include "SecretDialog.h"

#include "ClipboardClearer.h"

#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace gatehouse {

SecretDialog::SecretDialog(const QString &tokenName, const QString &secret,
                           ClipboardClearer *clearer, QWidget *parent)
    : QDialog(parent), m_secret(new QLineEdit(secret)), m_copy(new QPushButton(tr("Copy")))
{
    setObjectName(u"secretDialog"_s);
    setWindowTitle(tr("Secret of %1").arg(tokenName));
    setAttribute(Qt::WA_DeleteOnClose);
    m_secret->setObjectName(u"secretField"_s);
    m_secret->setReadOnly(true);
    m_secret->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_secret->setMinimumWidth(m_secret->fontMetrics().horizontalAdvance(secret) + 16);
    m_copy->setObjectName(u"copySecret"_s);
    auto *warning = new QLabel(
        tr("<b>This secret is shown only now.</b> Copy it into the integration's secret store; "
           "the project keeps only its hash, so it cannot be shown again. Lost, it can only be "
           "rotated. The clipboard is cleared %1 seconds after Copy if it still holds it.")
            .arg(clearer->interval() / 1000));
    warning->setObjectName(u"secretWarning"_s);
    warning->setWordWrap(true);
    auto *row = new QHBoxLayout;
    row->addWidget(m_secret, 1);
    row->addWidget(m_copy);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(warning);
    layout->addLayout(row);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_copy, &QPushButton::clicked, this, [this, clearer] {
        clearer->copy(m_secret->text());
        m_copy->setText(tr("Copied"));
    });
}

void SecretDialog::done(int result)
{
    m_secret->clear();
    QDialog::done(result);
}

} // namespace gatehouse
