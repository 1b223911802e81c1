#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;

namespace gatehouse {

// Asks a test user's new password twice, each entry hidden as it is typed;
// OK only when the two agree and are not empty. The caller hashes it
// (RecordsPanel::setPassword); the dialog forgets both entries once closed.
class PasswordDialog : public QDialog
{
    Q_OBJECT

public:
    PasswordDialog(const QString &email, QWidget *parent = nullptr);

    QString password() const;
    QString confirmation() const;
    QLineEdit *first() const { return m_first; }
    QLineEdit *second() const { return m_second; }
    QPushButton *okButton() const { return m_ok; }
    QString hint() const;

    void done(int result) override;

private:
    void check();

    QLineEdit *m_first;
    QLineEdit *m_second;
    QLabel *m_hint;
    QPushButton *m_ok;
};

} // namespace gatehouse
