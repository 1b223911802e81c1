#pragma once

#include <QDialog>

class QLineEdit;
class QPushButton;

namespace gatehouse {

class ClipboardClearer;

// Shows a token's new secret once, with a Copy button and a warning that
// it will not be shown again. The copy goes through the clearer, which
// outlives the dialog and takes the secret off the clipboard later. The
// field is wiped when the dialog closes.
class SecretDialog : public QDialog
{
    Q_OBJECT

public:
    SecretDialog(const QString &tokenName, const QString &secret, ClipboardClearer *clearer,
                 QWidget *parent = nullptr);

    QLineEdit *secretField() const { return m_secret; }
    QPushButton *copyButton() const { return m_copy; }

protected:
    void done(int result) override;

private:
    QLineEdit *m_secret;
    QPushButton *m_copy;
};

} // namespace gatehouse
