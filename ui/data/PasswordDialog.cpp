#include "PasswordDialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace gatehouse {

namespace {

QLineEdit *hiddenEntry(const QString &objectName)
{
    auto *edit = new QLineEdit;
    edit->setObjectName(objectName);
    edit->setEchoMode(QLineEdit::Password);
    edit->setInputMethodHints(Qt::ImhHiddenText | Qt::ImhNoPredictiveText | Qt::ImhSensitiveData);
    return edit;
}

} // namespace

PasswordDialog::PasswordDialog(const QString &email, QWidget *parent)
    : QDialog(parent), m_first(hiddenEntry(u"newPassword"_s)),
      m_second(hiddenEntry(u"confirmPassword"_s)), m_hint(new QLabel)
{
    setObjectName(u"passwordDialog"_s);
    setWindowTitle(tr("Set Password"));
    m_hint->setObjectName(u"passwordHint"_s);
    m_hint->setWordWrap(true);
    auto *form = new QFormLayout;
    form->addRow(tr("New password:"), m_first);
    form->addRow(tr("The same again:"), m_second);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("The password of %1 is kept only as an argon2id hash; no one "
                                    "can read it back, here or in the file.")
                                     .arg(email)));
    layout->addLayout(form);
    layout->addWidget(m_hint);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_first, &QLineEdit::textChanged, this, &PasswordDialog::check);
    connect(m_second, &QLineEdit::textChanged, this, &PasswordDialog::check);
    check();
}

QString PasswordDialog::password() const
{
    return m_first->text();
}

QString PasswordDialog::confirmation() const
{
    return m_second->text();
}

QString PasswordDialog::hint() const
{
    return m_hint->text();
}

void PasswordDialog::check()
{
    const bool typed = !m_first->text().isEmpty();
    const bool same = m_first->text() == m_second->text();
    m_ok->setEnabled(typed && same);
    m_hint->setText(!typed                       ? tr("Type the new password twice.")
                    : m_second->text().isEmpty() ? tr("Type it again to confirm.")
                    : same                       ? QString()
                                                 : tr("The two entries differ."));
}

// Whatever the answer, the entries go: nothing keeps them after.
void PasswordDialog::done(int result)
{
    QDialog::done(result);
    m_first->clear();
    m_second->clear();
}

} // namespace gatehouse
